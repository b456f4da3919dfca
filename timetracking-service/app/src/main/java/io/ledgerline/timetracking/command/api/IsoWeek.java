package io.ledgerline.timetracking.command.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO-8601 week such as {@code 2026-W48}: Monday to Sunday, in the week-based year. */
public record IsoWeek(int year, int week) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < 1 || week < 1 || week > LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                .getMaximum()) {
            throw new IllegalArgumentException("there is no ISO week " + week + " in " + year);
        }
    }

    /** Parses {@code 2026-W48}; anything else is bad input. */
    @JsonCreator
    public static IsoWeek parse(String text) {
        Matcher matcher = text == null ? null : FORMAT.matcher(text);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("an ISO week is written like 2026-W48, not " + text);
        }
        return new IsoWeek(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** The week a date falls in. */
    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    @JsonValue
    @Override
    public String toString() {
        return "%04d-W%02d".formatted(year, week);
    }
}
