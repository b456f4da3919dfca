package io.ledgerline.testsupport.roles;

import io.ledgerline.testsupport.fuzz.ApiOperation;

/** What the service's policy says: whether {@code persona} may call {@code operation}. */
@FunctionalInterface
public interface Expectation {

    boolean allowed(Persona persona, ApiOperation operation);
}
