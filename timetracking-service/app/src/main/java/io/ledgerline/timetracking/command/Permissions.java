package io.ledgerline.timetracking.command;

import io.ledgerline.timetracking.command.api.CallerRoles;
import io.ledgerline.timetracking.command.api.NotPermittedException;

/** Who may act on whose time: the user themself, a MANAGER of the project, or an admin. */
final class Permissions {

    private Permissions() {
    }

    static boolean mayActFor(String actor, String roles, String userId, WorkDirectory work, String tenant,
                             String projectId) {
        return userId.equals(actor) || CallerRoles.isAdmin(roles) || work.isManager(tenant, projectId, actor);
    }

    static void requireMayActFor(String actor, String roles, String userId, WorkDirectory work, String tenant,
                                 String projectId, String what) {
        if (!mayActFor(actor, roles, userId, work, tenant, projectId)) {
            throw new NotPermittedException("only " + userId + ", a manager of project " + projectId
                    + " or an admin may " + what);
        }
    }
}
