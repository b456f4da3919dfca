package io.ledgerline.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;

/**
 * A service's permissions, operation by operation, as one readable table: the platform turns it into Spring
 * Security request matchers (deny by default under {@code /api/v1/**}), a policy interceptor that decides the
 * project-scoped grants before the handler runs, the permission matrix of docs/security.md ({@link #markdown()})
 * and the expectations of the generated role walk ({@link #permits}). Rules are tried in order; the first whose
 * method and path match decides. {@code /api/v1/ops/**} is not a tenant's business: it needs {@link Grant#OPERATOR}
 * in every service, before any rule here.
 *
 * <pre>{@code
 * ApiPolicy.of("project-service")
 *         .allow(HttpMethod.POST, "/api/v1/clients", ADMIN, FINANCE)
 *         .allow(HttpMethod.POST, "/api/v1/projects/{projectId}/rates", ADMIN, PROJECT_MANAGER)
 *         .build();
 * }</pre>
 */
public final class ApiPolicy {

    /** Operations of the platform itself, the same in every service. */
    public static final ApiRule OPERATIONS = new ApiRule(null, "/api/v1/ops/**", Set.of(Grant.OPERATOR), false);

    private final String service;
    private final List<ApiRule> rules;

    private ApiPolicy(String service, List<ApiRule> rules) {
        this.service = service;
        this.rules = List.copyOf(rules);
    }

    /** Starts the policy of {@code service}. */
    public static Builder of(String service) {
        return new Builder(service);
    }

    /**
     * The flat matrix that held before policies existed, for a service that declares none yet: any role reads and
     * changes within the domain rules, {@code api.read} reads.
     */
    public static ApiPolicy flat(String service) {
        return of(service)
                .allow(HttpMethod.GET, "/api/v1/**", Grant.ADMIN, Grant.FINANCE, Grant.MANAGER, Grant.MEMBER,
                        Grant.API_READ)
                .allow(null, "/api/v1/**", Grant.ADMIN, Grant.FINANCE, Grant.MANAGER, Grant.MEMBER)
                .build();
    }

    public String service() {
        return service;
    }

    /** The operations rule first, then the service's rules in order. */
    public List<ApiRule> rules() {
        List<ApiRule> all = new ArrayList<>();
        all.add(OPERATIONS);
        all.addAll(rules);
        return List.copyOf(all);
    }

    /** The rule that decides {@code method} on {@code path} (a concrete path or an OpenAPI template). */
    public Optional<ApiRule> ruleFor(String method, String path) {
        return rules().stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    /**
     * Whether a caller holding {@code grants} (names of {@link Grant}s, e.g. {@code MEMBER, PROJECT_MEMBER} for a
     * member of the project the path names) may call {@code method} on {@code path}; false when no rule matches.
     */
    public boolean permits(String method, String path, Set<String> grants) {
        Set<Grant> held = grants.stream().map(Grant::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Grant.class)));
        return ruleFor(method, path).map(rule -> rule.permits(held)).orElse(false);
    }

    /** The policy as the Markdown table of docs/security.md: one row per rule, one column per kind of caller. */
    public String markdown() {
        StringBuilder table = new StringBuilder(
                "| operation | admin | finance | manager | member | `api.read` | `finance.read` | operator |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (ApiRule rule : rules()) {
            Set<Grant> grants = rule.grants();
            table.append("| `").append(rule.operation()).append("` | ")
                    .append(cell(grants, Grant.ADMIN)).append(" | ")
                    .append(cell(grants, Grant.FINANCE)).append(" | ")
                    .append(cell(grants, Grant.MANAGER, Grant.PROJECT_MANAGER, Grant.PROJECT_MEMBER)).append(" | ")
                    .append(cell(grants, Grant.MEMBER, Grant.PROJECT_MEMBER)).append(" | ")
                    .append(grants.contains(Grant.API_READ) ? "yes, without money" : "no").append(" | ")
                    .append(cell(grants, Grant.FINANCE_READ, Grant.API_READ)).append(" | ")
                    .append(cell(grants, Grant.OPERATOR)).append(" |\n");
        }
        return table.toString();
    }

    /** "yes" for the first of {@code wide} the rule grants, "their projects" for a scoped one, else "no". */
    private static String cell(Set<Grant> grants, Grant... wide) {
        return Arrays.stream(wide).filter(grants::contains).findFirst().map(grant -> switch (grant) {
            case PROJECT_MANAGER -> "projects they manage";
            case PROJECT_MEMBER -> "projects they belong to";
            default -> "yes";
        }).orElse("no");
    }

    @Override
    public String toString() {
        return rules().stream().map(rule -> rule.operation() + " -> " + rule.grantNames())
                .collect(Collectors.joining("\n", service + " policy:\n", ""));
    }

    /** Collects rules in the order they are tried. */
    public static final class Builder {

        private final String service;
        private final List<ApiRule> rules = new ArrayList<>();

        private Builder(String service) {
            this.service = service;
        }

        /** {@code method} (null: any) on paths matching {@code pattern} is allowed to {@code grants}. */
        public Builder allow(HttpMethod method, String pattern, Grant... grants) {
            rules.add(new ApiRule(method, pattern, Set.of(grants), false));
            return this;
        }

        /**
         * As {@link #allow}, for an operation whose project is not in its path (a body field): the handler decides
         * the scoped grants itself with {@link ScopedAccess#require}.
         */
        public Builder allowCheckedByHandler(HttpMethod method, String pattern, Grant... grants) {
            rules.add(new ApiRule(method, pattern, Set.of(grants), true));
            return this;
        }

        public ApiPolicy build() {
            return new ApiPolicy(service, rules);
        }
    }
}
