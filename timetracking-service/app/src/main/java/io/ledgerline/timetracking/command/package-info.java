/**
 * The aggregates of timetracking-service ({@code TimeEntry}, which is also a running timer; {@code Timesheet};
 * {@code InvoiceLock}; {@code ProjectRounding}), the rules they share ({@link
 * io.ledgerline.timetracking.command.Rounding}, {@code Worked}, {@code EntryRules}, {@code Permissions}) and the
 * ports they ask about the world outside one aggregate: projects, members and tasks ({@link
 * io.ledgerline.timetracking.command.WorkDirectory}), weeks and running timers ({@link
 * io.ledgerline.timetracking.command.Weeks}) and the tenant's calendar ({@link
 * io.ledgerline.timetracking.command.TenantCalendar}). The ports are implemented in {@code query} and {@code config}.
 */
package io.ledgerline.timetracking.command;
