package io.ledgerline.billing.query;

import io.ledgerline.billing.command.BillingClaims;
import java.util.Collection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code billing_claim}, whose primary key (tenant, entry or fee) lets one issued invoice at a time bill each piece of
 * work. A claim is inserted in the issuing transaction: a concurrent issuer of the same entry waits on the key and
 * finds it taken once the first commits, or free if it rolled back.
 */
@Repository
class ClaimTable implements BillingClaims {

    private final JdbcTemplate jdbc;

    ClaimTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void claim(String tenant, String invoiceId, Collection<String> keys) {
        // in one order for every issuer, so that two invoices claiming overlapping work cannot deadlock
        for (String key : keys.stream().sorted().distinct().toList()) {
            int inserted = jdbc.update("""
                    INSERT INTO billing_claim (tenant, claim_key, invoice_id) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""", tenant, key, invoiceId);
            if (inserted == 0) {
                String holder = jdbc.queryForObject(
                        "SELECT invoice_id FROM billing_claim WHERE tenant = ? AND claim_key = ?", String.class,
                        tenant, key);
                if (!invoiceId.equals(holder)) {
                    throw new IllegalStateException((key.startsWith("fixed-fee/") ? "the fixed fee " : "time entry ")
                            + key + " is already billed by issued invoice " + holder
                            + ": an entry is on one issued invoice only; refresh the draft");
                }
            }
        }
    }

    @Override
    public void release(String tenant, String invoiceId) {
        jdbc.update("DELETE FROM billing_claim WHERE tenant = ? AND invoice_id = ?", tenant, invoiceId);
    }
}
