package io.ledgerline.task.config;

import static io.ledgerline.platform.security.Grant.ADMIN;
import static io.ledgerline.platform.security.Grant.API_READ;
import static io.ledgerline.platform.security.Grant.FINANCE;
import static io.ledgerline.platform.security.Grant.MANAGER;
import static io.ledgerline.platform.security.Grant.MEMBER;
import static io.ledgerline.platform.security.Grant.PROJECT_MEMBER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.ledgerline.platform.security.ApiPolicy;

/**
 * Who may do what in task-service. Tasks carry no money. The people of a project (its managers and members) read
 * and work on its tasks; finance and read-only integrations read every task of the tenant but change none; the list
 * shows managers and members only the tasks of their projects. docs/security.md shows this table (RoleWalkIT).
 */
final class TaskPolicy {

    static final ApiPolicy POLICY = ApiPolicy.of("task-service")
            .allowCheckedByHandler(POST, "/api/v1/tasks", ADMIN, PROJECT_MEMBER)
            .allow(GET, "/api/v1/tasks", ADMIN, FINANCE, MANAGER, MEMBER, API_READ)
            .allow(GET, "/api/v1/tasks/{taskId}/**", ADMIN, FINANCE, PROJECT_MEMBER, API_READ)
            .allow(null, "/api/v1/tasks/{taskId}/**", ADMIN, PROJECT_MEMBER)
            .build();

    private TaskPolicy() {
    }
}
