package io.ledgerline.billing.query;

import io.ledgerline.billing.command.Money;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads {@code credit_note}, kept by {@link CreditNoteProjection}. */
@Repository
public class CreditNotes {

    private final JdbcTemplate jdbc;

    CreditNotes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's credit note, if the tenant has one with this id. */
    public Optional<CreditNoteView> find(String tenant, String creditNoteId) {
        return jdbc.query("SELECT * FROM credit_note WHERE tenant = ? AND credit_note_id = ?",
                (row, index) -> new CreditNoteView(row.getString("credit_note_id"), row.getString("number"),
                        row.getString("invoice_id"), Money.plain(row.getBigDecimal("amount")),
                        row.getString("currency"), row.getString("reason"), row.getDate("issued_on").toLocalDate()),
                tenant, creditNoteId).stream().findFirst();
    }
}
