package io.ledgerline.billing.query;

import java.math.BigDecimal;

/**
 * A project's billable work in progress: priced time no issued invoice bills yet, and how much of it is approved.
 *
 * @param unpricedEntries entries without a rate in force on their date, which no invoice can bill until one is set
 */
public record UnbilledWork(String projectId, String projectName, String clientId, String currency, long entries,
                           BigDecimal hours, BigDecimal amount, BigDecimal approvedHours, BigDecimal approvedAmount,
                           long unpricedEntries) {
}
