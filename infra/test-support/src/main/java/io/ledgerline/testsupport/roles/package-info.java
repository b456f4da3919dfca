/**
 * The generated role walk: every operation of a service's OpenAPI document, sent as each {@link
 * io.ledgerline.testsupport.roles.Persona} with real ids, checked against the service's policy (allowed is not 403;
 * refused is 403 or 404 with nothing stored); and the check that docs/security.md shows each policy as it is.
 */
package io.ledgerline.testsupport.roles;
