package io.ledgerline.timetracking.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The tenant's clock and time zone: dates of entries, "today" and ISO weeks are reckoned in it. */
public interface TenantCalendar {

    Instant now();

    ZoneId zone();

    default LocalDate today() {
        return LocalDate.ofInstant(now(), zone());
    }
}
