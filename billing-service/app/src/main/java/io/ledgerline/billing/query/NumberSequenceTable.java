package io.ledgerline.billing.query;

import io.ledgerline.billing.command.NumberSequences;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code number_sequence}: the last number used per tenant, kind and year. The row is locked with
 * {@code SELECT ... FOR UPDATE} in the transaction that stores the numbered event, so issuers of one tenant and year
 * take numbers one after the other, and a transaction that rolls back gives its number back: no gaps, no duplicates.
 */
@Repository
class NumberSequenceTable implements NumberSequences {

    private final JdbcTemplate jdbc;

    NumberSequenceTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long next(String tenant, String kind, int year) {
        jdbc.update("""
                INSERT INTO number_sequence (tenant, kind, year, last_value) VALUES (?, ?, ?, 0)
                ON CONFLICT DO NOTHING""", tenant, kind, year);
        Long last = jdbc.queryForObject("""
                SELECT last_value FROM number_sequence WHERE tenant = ? AND kind = ? AND year = ? FOR UPDATE""",
                Long.class, tenant, kind, year);
        long next = (last == null ? 0 : last) + 1;
        jdbc.update("UPDATE number_sequence SET last_value = ? WHERE tenant = ? AND kind = ? AND year = ?",
                next, tenant, kind, year);
        return next;
    }
}
