package io.ledgerline.timetracking.command.api;

/** The aggregate id of a user's week: the tenant is part of it, so two tenants' users never share a timesheet. */
public final class TimesheetIds {

    private TimesheetIds() {
    }

    public static String of(String tenant, String userId, IsoWeek week) {
        return "timesheet:" + tenant + ":" + userId + ":" + week;
    }
}
