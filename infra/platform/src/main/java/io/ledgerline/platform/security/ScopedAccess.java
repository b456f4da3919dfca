package io.ledgerline.platform.security;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.web.ForbiddenException;
import io.ledgerline.platform.web.NotFoundException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decides the project-scoped grants from the service's {@link ProjectScope}s. The refusal order is fixed: an id the
 * tenant does not have is 404; a caller who may not is 403 ({@link ForbiddenException}); only then does the domain
 * get to answer 409 or 422. A manager who manages the project may see its money for the rest of the request.
 */
public class ScopedAccess {

    private final Map<String, ProjectScope> scopes;
    private final boolean enabled;

    ScopedAccess(List<ProjectScope> scopes, boolean enabled) {
        this.scopes = scopes.stream().collect(Collectors.toMap(ProjectScope::variable, Function.identity()));
        this.enabled = enabled;
    }

    /**
     * For a handler whose project is not in its path: allows the current caller if they hold one of {@code grants}
     * for the project that {@code id} (named as {@code variable}, e.g. {@code projectId}) belongs to; otherwise
     * throws {@link NotFoundException} (no such id in the tenant) or {@link ForbiddenException}.
     */
    public void require(String variable, String id, Grant... grants) {
        decide(EnumSet.copyOf(Arrays.asList(grants)), Map.of(variable, id));
    }

    /** The current caller's membership in the project that {@code id} belongs to; empty when there is no such id. */
    public Optional<Membership> membership(String variable, String id) {
        ProjectScope scope = scopes.get(variable);
        if (scope == null) {
            throw new IllegalStateException("no ProjectScope resolves " + variable);
        }
        CallerContext caller = CallerContexts.require();
        return scope.membership(caller.tenant(), id, caller.actor());
    }

    /** Whether a scope resolves one of the variables of {@code pattern}. */
    boolean resolves(String pattern) {
        return scopes.keySet().stream().anyMatch(variable -> pattern.contains("{" + variable + "}"));
    }

    void decide(Set<Grant> grants, Map<String, String> variables) {
        if (!enabled || grants.stream().anyMatch(grant -> !grant.scoped() && grant.heldByCaller())) {
            return;
        }
        List<Grant> eligible = grants.stream().filter(Grant::scoped).filter(Grant::heldByCaller).toList();
        if (eligible.isEmpty()) {
            throw new ForbiddenException("Your role does not allow this request");
        }
        String variable = variables.keySet().stream().filter(scopes::containsKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("no ProjectScope resolves any of " + variables.keySet()));
        String id = variables.get(variable);
        Membership membership = membership(variable, id)
                .orElseThrow(() -> new NotFoundException(variable.replaceFirst("Id$", ""), id));
        if (membership == Membership.MANAGER && Grant.MANAGER.heldByCaller()) {
            MoneyVisibility.grantForThisRequest();
        }
        boolean allowed = eligible.contains(Grant.PROJECT_MANAGER) && membership == Membership.MANAGER
                || eligible.contains(Grant.PROJECT_MEMBER) && membership != Membership.NONE;
        if (!allowed) {
            throw new ForbiddenException(eligible.contains(Grant.PROJECT_MEMBER)
                    ? "Only members of this project may do this" : "Only managers of this project may do this");
        }
    }
}
