package io.ledgerline.billing.command.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of an invoice with its lineage: the time entries, rate versions and rounding rules that produced it.
 * {@code net} and {@code tax} are rounded half-even to the currency's minor unit here, at line level.
 *
 * @param lineId       stable key of the line within its invoice (what it groups), used for tax overrides
 * @param kind         time, fixed fee or manual
 * @param description  what the line bills
 * @param projectId    the project, for time and fixed-fee lines
 * @param taskId       the task, when grouped by task
 * @param userId       the person, when grouped by person
 * @param minutes      rounded minutes billed, for time lines
 * @param quantity     hours (time lines, two decimals for display) or units
 * @param unitPrice    the hourly rate or unit price
 * @param net          amount before tax
 * @param taxRate      tax rate in percent
 * @param tax          tax on the line
 * @param entryIds     the time entries billed on the line
 * @param rateVersions the rate versions the entries were priced at (0 = the rate a project or member started with)
 * @param roundings    the rounding rules the entries' minutes were rounded by
 * @param taxCategory  the VAT category; null on lines drafted before categories, read as implied by the rate
 */
public record InvoiceLine(String lineId, LineKind kind, String description, String projectId, String taskId,
                          String userId, Integer minutes, BigDecimal quantity, BigDecimal unitPrice, BigDecimal net,
                          BigDecimal taxRate, BigDecimal tax, List<String> entryIds, List<Integer> rateVersions,
                          List<String> roundings, TaxCategory taxCategory) {

    /** The line's VAT category, implied by its rate for lines drafted before categories existed. */
    public TaxCategory category() {
        return taxCategory == null ? TaxCategory.implied(taxRate) : taxCategory;
    }

    /** The same line with another description. */
    public InvoiceLine describedAs(String text) {
        return new InvoiceLine(lineId, kind, text, projectId, taskId, userId, minutes, quantity, unitPrice, net,
                taxRate, tax, entryIds, rateVersions, roundings, taxCategory);
    }
}
