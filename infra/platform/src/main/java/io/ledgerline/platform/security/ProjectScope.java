package io.ledgerline.platform.security;

import java.util.Optional;

/**
 * Tells which project a request is about and what the caller is in it, for the scoped grants
 * ({@link Grant#PROJECT_MANAGER}, {@link Grant#PROJECT_MEMBER}). A service declares one bean per path variable that
 * leads to a project: {@code projectId} itself, or {@code taskId} through the task's project.
 */
public interface ProjectScope {

    /** The path variable (or, for {@link ScopedAccess#require}, the name of the id) this scope resolves. */
    String variable();

    /**
     * The user's membership in the project that {@code id} belongs to, read from the tenant's own data; empty when
     * the tenant has no such {@code id} (answered 404, before any permission is judged).
     */
    Optional<Membership> membership(String tenant, String id, String userId);
}
