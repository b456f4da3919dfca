package io.ledgerline.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One row of an {@link ApiPolicy}: an operation (an HTTP method, or every method when null, and a Spring path
 * pattern such as {@code /api/v1/projects/{projectId}/rates}) and who may call it.
 *
 * @param method           the method, null for all
 * @param pattern          the path pattern
 * @param grants           who may call it
 * @param checkedByHandler whether the handler, not the policy interceptor, decides the scoped grants (the project
 *                         comes from the body, not the path)
 */
public record ApiRule(HttpMethod method, String pattern, Set<Grant> grants, boolean checkedByHandler) {

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;
    private static final Map<String, PathPattern> PATTERNS = new ConcurrentHashMap<>();

    public ApiRule {
        if (grants.isEmpty()) {
            throw new IllegalArgumentException(pattern + ": a rule names at least one grant");
        }
        grants = Set.copyOf(EnumSet.copyOf(grants));
        PARSER.parse(pattern);
    }

    /** Whether the rule governs this method and path; {@code path} may be a concrete path or an OpenAPI template. */
    public boolean matches(String requestMethod, String path) {
        return (method == null || method.matches(requestMethod)) && parsed().matches(PathContainer.parsePath(path));
    }

    boolean matches(HttpServletRequest request) {
        return matches(request.getMethod(), request.getRequestURI());
    }

    /** The path variables of {@code path} under this rule's pattern. */
    Map<String, String> variables(String path) {
        PathPattern.PathMatchInfo info = parsed().matchAndExtract(PathContainer.parsePath(path));
        return info == null ? Map.of() : info.getUriVariables();
    }

    /** The token authorities that may reach the handler (scoped grants are refined there). */
    String[] authorities() {
        return grants.stream().flatMap(grant -> grant.authorities().stream()).distinct().sorted()
                .toArray(String[]::new);
    }

    /** {@code GET /api/v1/projects/{projectId}}, or {@code * /api/v1/ops/**}. */
    public String operation() {
        return (method == null ? "any" : method.name()) + " " + pattern;
    }

    boolean permits(Set<Grant> held) {
        return grants.stream().anyMatch(held::contains);
    }

    String grantNames() {
        return grants.stream().map(Grant::name).sorted().collect(Collectors.joining(", "));
    }

    private PathPattern parsed() {
        return PATTERNS.computeIfAbsent(pattern, PARSER::parse);
    }
}
