package io.ledgerline.timetracking.config;

import static io.ledgerline.platform.security.Grant.ADMIN;
import static io.ledgerline.platform.security.Grant.API_READ;
import static io.ledgerline.platform.security.Grant.FINANCE;
import static io.ledgerline.platform.security.Grant.MANAGER;
import static io.ledgerline.platform.security.Grant.MEMBER;
import static io.ledgerline.platform.security.Grant.PROJECT_MANAGER;
import static io.ledgerline.platform.security.Grant.PROJECT_MEMBER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import io.ledgerline.platform.security.ApiPolicy;

/**
 * Who may do what in timetracking-service, which carries no money (rates and amounts live in project-service and
 * billing-service). People log, change and delete their own time on projects they belong to, run their own timer and
 * submit their own week; a MANAGER of the project acts on its time and approves or rejects it; finance and read-only
 * integrations read and change nothing. What "their own" means is decided from the read model
 * ({@code WorkMemberships}: an entry's own user, a week's own person) and, for a week, by the Timesheet aggregate
 * (only its person submits it; approving needs a MANAGER of every project in it). docs/security.md shows this table.
 */
final class TimePolicy {

    private static final String ROUNDING = "/api/v1/time-entries/rounding-rules/{projectId}";
    private static final String WEEK = "/api/v1/timesheets/{userId}/{isoWeek}";

    static final ApiPolicy POLICY = ApiPolicy.of("timetracking-service")
            .allow(GET, ROUNDING, ADMIN, FINANCE, PROJECT_MEMBER, API_READ)
            .allow(null, ROUNDING, ADMIN, PROJECT_MANAGER)
            .allowCheckedByHandler(POST, "/api/v1/time-entries", ADMIN, PROJECT_MEMBER)
            .allow(GET, "/api/v1/time-entries", ADMIN, FINANCE, MANAGER, MEMBER, API_READ)
            .allow(GET, "/api/v1/time-entries/{entryId}/**", ADMIN, FINANCE, PROJECT_MEMBER, API_READ)
            .allow(null, "/api/v1/time-entries/{entryId}", ADMIN, PROJECT_MEMBER)
            .allowCheckedByHandler(POST, "/api/v1/timers/start", ADMIN, PROJECT_MEMBER)
            .allow(null, "/api/v1/timers/**", ADMIN, MANAGER, MEMBER)
            .allow(GET, WEEK, ADMIN, FINANCE, PROJECT_MEMBER, API_READ)
            .allow(POST, WEEK + "/submit", ADMIN, PROJECT_MEMBER)
            .allow(POST, WEEK + "/approve", ADMIN, PROJECT_MANAGER)
            .allow(POST, WEEK + "/reject", ADMIN, PROJECT_MANAGER)
            .build();

    private TimePolicy() {
    }
}
