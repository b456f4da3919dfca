package io.ledgerline.timetracking.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When and how long someone worked: either minutes on a date, or a start and an end on one date of the tenant's
 * calendar. Every way of building one checks the limits, so an entry never holds a bad duration.
 */
record Worked(LocalDate date, Instant startedAt, Instant endedAt, int minutes) {

    static final int MAX_MINUTES = 1440;
    static final int MAX_DESCRIPTION = 2000;

    /** From a request: exactly one of minutes, or start and end. */
    static Worked of(LocalDate date, Integer minutes, Instant startedAt, Instant endedAt, TenantCalendar calendar) {
        Worked worked;
        if (startedAt != null || endedAt != null) {
            if (minutes != null) {
                throw new IllegalArgumentException("give either minutes or a start and an end, not both");
            }
            worked = between(date, startedAt, endedAt, calendar.zone());
        } else if (minutes == null || date == null) {
            throw new IllegalArgumentException("give minutes and a date, or a start and an end");
        } else {
            worked = new Worked(date, null, null, minutes);
        }
        worked.requireLimits(calendar);
        return worked;
    }

    /** This with the given fields changed: a new span replaces minutes, new minutes drop the span. */
    Worked with(LocalDate newDate, Integer newMinutes, Instant newStart, Instant newEnd, TenantCalendar calendar) {
        if (newStart != null || newEnd != null || newMinutes != null) {
            return of(newDate != null ? newDate : newStart == null ? date : null, newMinutes, newStart, newEnd,
                    calendar);
        }
        if (newDate == null) {
            return this;
        }
        if (startedAt != null) {
            throw new IllegalArgumentException("an entry with a start and an end moves to another date with a new "
                    + "start and end");
        }
        return of(newDate, minutes, null, null, calendar);
    }

    /**
     * A stopped timer's time: dated on the day it started; a span that ends on another day, or runs longer than a
     * day, is kept as minutes only, at most a day's.
     */
    static Worked ofTimer(Instant startedAt, Instant stoppedAt, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(startedAt, zone);
        long minutes = Math.max(1, (stoppedAt.getEpochSecond() - startedAt.getEpochSecond() + 59) / 60);
        if (minutes <= MAX_MINUTES && LocalDate.ofInstant(stoppedAt, zone).equals(day)
                && stoppedAt.isAfter(startedAt)) {
            return new Worked(day, startedAt, stoppedAt, (int) minutes);
        }
        return new Worked(day, null, null, (int) Math.min(minutes, MAX_MINUTES));
    }

    private static Worked between(LocalDate date, Instant startedAt, Instant endedAt, ZoneId zone) {
        if (startedAt == null || endedAt == null || !endedAt.isAfter(startedAt)) {
            throw new IllegalArgumentException("a start and an end are both needed, the end after the start");
        }
        LocalDate day = LocalDate.ofInstant(startedAt, zone);
        if (!LocalDate.ofInstant(endedAt.minusNanos(1), zone).equals(day) || (date != null && !date.equals(day))) {
            throw new IllegalArgumentException("the start and the end must be on one date in the tenant's time zone ("
                    + zone + ")");
        }
        long minutes = Math.max(1, (endedAt.getEpochSecond() - startedAt.getEpochSecond() + 59) / 60);
        return new Worked(day, startedAt, endedAt, (int) minutes);
    }

    private void requireLimits(TenantCalendar calendar) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("an entry is 1 to " + MAX_MINUTES + " minutes, not " + minutes);
        }
        if (date.isAfter(calendar.today())) {
            throw new IllegalArgumentException("no entries dated after today (" + calendar.today() + "), not " + date);
        }
    }

    static void requireDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("a description is at most " + MAX_DESCRIPTION + " characters");
        }
    }
}
