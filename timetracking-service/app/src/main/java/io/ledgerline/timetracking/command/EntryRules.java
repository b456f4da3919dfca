package io.ledgerline.timetracking.command;

import io.ledgerline.timetracking.command.api.IsoWeek;
import java.time.LocalDate;

/** Where time may go: open tasks of ACTIVE projects, by their members, into weeks that are not locked. */
final class EntryRules {

    private EntryRules() {
    }

    /** The known, open task's project, where the user is a member and which is ACTIVE. */
    static String requireWorkable(WorkDirectory work, String tenant, String taskId, String user) {
        String project = work.projectOfTask(tenant, taskId).orElseThrow(() ->
                new IllegalArgumentException("task " + taskId + " is not a known task"));
        if (!work.isOpenTask(tenant, taskId)) {
            throw new IllegalArgumentException("task " + taskId + " is DONE or CANCELLED: only open tasks take time");
        }
        if (!work.isActiveProject(tenant, project)) {
            throw new IllegalArgumentException("project " + project + " is not ACTIVE: it takes no time");
        }
        if (!work.isMember(tenant, project, user)) {
            throw new IllegalArgumentException("user " + user + " is not a member of project " + project);
        }
        return project;
    }

    /** Refuses a change to a week that is SUBMITTED or APPROVED, naming the lock. */
    static void requireOpenWeek(Weeks weeks, String tenant, String user, LocalDate date) {
        IsoWeek week = IsoWeek.of(date);
        WeekStatus weekStatus = weeks.status(tenant, user, week);
        if (weekStatus != WeekStatus.OPEN) {
            throw new IllegalStateException("locked: week " + week + " of " + user + " is " + weekStatus
                    + (weekStatus == WeekStatus.SUBMITTED ? " and awaits approval" : "") + "; its time cannot change");
        }
    }

    /** An entry moves only to another open task of its own project. */
    static void requireOpenTaskOf(WorkDirectory work, String tenant, String taskId, String projectId) {
        if (!work.projectOfTask(tenant, taskId).filter(projectId::equals).isPresent()) {
            throw new IllegalArgumentException("task " + taskId + " is not a task of project " + projectId
                    + ": an entry moves only between tasks of its project");
        }
        if (!work.isOpenTask(tenant, taskId)) {
            throw new IllegalArgumentException("task " + taskId + " is DONE or CANCELLED: only open tasks take time");
        }
    }
}
