package io.ledgerline.project.config;

import static io.ledgerline.platform.security.Grant.ADMIN;
import static io.ledgerline.platform.security.Grant.API_READ;
import static io.ledgerline.platform.security.Grant.FINANCE;
import static io.ledgerline.platform.security.Grant.FINANCE_READ;
import static io.ledgerline.platform.security.Grant.MANAGER;
import static io.ledgerline.platform.security.Grant.MEMBER;
import static io.ledgerline.platform.security.Grant.PROJECT_MANAGER;
import static io.ledgerline.platform.security.Grant.PROJECT_MEMBER;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import io.ledgerline.platform.security.ApiPolicy;

/**
 * Who may do what in project-service. Finance keeps the clients; a manager creates projects and runs the ones they
 * manage (members, rates, budget, status); a member reads the projects they belong to, without money; history and
 * rates are money, so only those with money rights read them. docs/security.md shows this table (RoleWalkIT).
 */
final class ProjectPolicy {

    static final ApiPolicy POLICY = ApiPolicy.of("project-service")
            .allow(POST, "/api/v1/clients", ADMIN, FINANCE)
            .allow(PUT, "/api/v1/clients/{clientId}", ADMIN, FINANCE)
            .allow(POST, "/api/v1/clients/{clientId}/archive", ADMIN, FINANCE)
            .allow(GET, "/api/v1/clients/**", ADMIN, FINANCE, MANAGER, API_READ)
            .allow(POST, "/api/v1/projects", ADMIN, MANAGER)
            .allow(GET, "/api/v1/projects", ADMIN, FINANCE, MANAGER, MEMBER, API_READ)
            .allow(GET, "/api/v1/projects/{projectId}/rates", ADMIN, FINANCE, PROJECT_MANAGER, FINANCE_READ)
            .allow(GET, "/api/v1/projects/{projectId}/history", ADMIN, FINANCE, PROJECT_MANAGER, FINANCE_READ)
            .allow(GET, "/api/v1/projects/{projectId}", ADMIN, FINANCE, PROJECT_MEMBER, API_READ)
            .allow(POST, "/api/v1/projects/{projectId}/members", ADMIN, PROJECT_MANAGER)
            .allow(DELETE, "/api/v1/projects/{projectId}/members/{userId}", ADMIN, PROJECT_MANAGER)
            .allow(POST, "/api/v1/projects/{projectId}/rates", ADMIN, PROJECT_MANAGER)
            .allow(PUT, "/api/v1/projects/{projectId}/budget", ADMIN, PROJECT_MANAGER)
            .allow(PUT, "/api/v1/projects/{projectId}/status", ADMIN, PROJECT_MANAGER)
            .build();

    private ProjectPolicy() {
    }
}
