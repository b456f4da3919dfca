package io.ledgerline.project.query;

import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.project.command.api.ClientArchivedEvent;
import io.ledgerline.project.command.api.ClientDetails;
import io.ledgerline.project.command.api.ClientRegisteredEvent;
import io.ledgerline.project.command.api.ClientUpdatedEvent;
import java.sql.Timestamp;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code client_summary}, one row per client. It runs in the command's transaction and its failures propagate,
 * so a name already taken in the tenant (the unique index) refuses the command that would take it again.
 */
@Component
@ProcessingGroup(ClientSummaryProjection.GROUP)
class ClientSummaryProjection {

    static final String GROUP = "client-summary";

    private final JdbcTemplate jdbc;

    ClientSummaryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(ClientRegisteredEvent event, @MetaDataValue(CallerContext.TENANT) String tenant,
            @SequenceNumber long version, @org.axonframework.eventhandling.Timestamp Instant at) {
        ClientDetails details = event.details();
        claimingName(details.name(), () -> jdbc.update("""
                INSERT INTO client_summary (client_id, tenant, name, currency, payment_terms_days, default_tax_rate,
                    address_line1, address_line2, postal_code, city, country, status, version, registered_at, vat_id,
                    buyer_reference, invoice_email)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING""",
                event.clientId(), tenant, details.name(), details.currency(), details.paymentTermsDays(),
                details.defaultTaxRate(), details.billingAddress().line1(), details.billingAddress().line2(),
                details.billingAddress().postalCode(), details.billingAddress().city(),
                details.billingAddress().country(), version, Timestamp.from(at), details.vatId(),
                details.buyerReference(), details.invoiceEmail()));
    }

    @EventHandler
    void on(ClientUpdatedEvent event, @SequenceNumber long version) {
        ClientDetails details = event.details();
        claimingName(details.name(), () -> jdbc.update("""
                UPDATE client_summary SET name = ?, currency = ?, payment_terms_days = ?, default_tax_rate = ?,
                    address_line1 = ?, address_line2 = ?, postal_code = ?, city = ?, country = ?, version = ?,
                    vat_id = ?, buyer_reference = ?, invoice_email = ?
                WHERE client_id = ?""",
                details.name(), details.currency(), details.paymentTermsDays(), details.defaultTaxRate(),
                details.billingAddress().line1(), details.billingAddress().line2(),
                details.billingAddress().postalCode(), details.billingAddress().city(),
                details.billingAddress().country(), version, details.vatId(), details.buyerReference(),
                details.invoiceEmail(), event.clientId()));
    }

    @EventHandler
    void on(ClientArchivedEvent event, @SequenceNumber long version) {
        jdbc.update("UPDATE client_summary SET status = 'ARCHIVED', version = ? WHERE client_id = ?",
                version, event.clientId());
    }

    private static void claimingName(String name, Runnable write) {
        try {
            write.run();
        } catch (DuplicateKeyException e) {
            throw new IllegalStateException("the tenant already has a client named " + name, e);
        }
    }
}
