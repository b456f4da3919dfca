/**
 * Malformed requests against every operation a service's OpenAPI document names: {@link OpenApiDocument} lists the
 * operations, {@link MalformedRequests} derives broken requests from each one's schema (drawn at random from a seed and as
 * a deterministic sweep of every operation with every {@link Mutation}), and {@link MalformedRequestHarness} sends
 * them with a valid token and checks the property: never a 5xx, every error a problem document, and a refused
 * request leaves the service's state as it was ({@link StateProbe}).
 */
package io.ledgerline.testsupport.fuzz;
