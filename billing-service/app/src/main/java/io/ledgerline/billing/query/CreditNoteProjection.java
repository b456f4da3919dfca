package io.ledgerline.billing.query;

import io.ledgerline.billing.command.api.CreditNoteIssuedEvent;
import io.ledgerline.platform.context.CallerContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Keeps {@code credit_note}, one row per credit note. */
@Component
@ProcessingGroup(InvoiceProjection.GROUP)
class CreditNoteProjection {

    private final JdbcTemplate jdbc;

    CreditNoteProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CreditNoteIssuedEvent event, @MetaDataValue(CallerContext.TENANT) String tenant,
            @org.axonframework.eventhandling.Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO credit_note (credit_note_id, tenant, invoice_id, number, amount, currency, reason,
                    issued_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                event.creditNoteId(), tenant, event.invoiceId(), event.number(), event.amount(), event.currency(),
                event.reason(), Date.valueOf(event.issuedOn()), Timestamp.from(at));
    }
}
