/**
 * The vocabulary every service's public {@code api} module shares: what makes a record an integration event and
 * how its stable wire name and JSON Schema are found. Plain Java on purpose, so that consumers of the published
 * language never pull in Spring, Axon or JPA.
 */
package io.ledgerline.contract;
