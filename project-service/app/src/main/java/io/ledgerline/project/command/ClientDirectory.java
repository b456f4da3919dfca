package io.ledgerline.project.command;

import java.util.Optional;

/** Answers how a client of a tenant stands, for the project that is to be created under it. */
interface ClientDirectory {

    /** The client's standing, or empty when the tenant has no such client. */
    Optional<ClientStanding> find(String tenant, String clientId);
}
