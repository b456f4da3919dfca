package io.ledgerline.billing.command;

import io.ledgerline.billing.command.api.InvoiceLine;
import io.ledgerline.billing.command.api.InvoiceTotals;
import io.ledgerline.billing.command.api.LineGrouping;
import io.ledgerline.billing.command.api.LineKind;
import io.ledgerline.billing.command.api.ManualLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns billable work into invoice lines: time entries grouped by project, task or person and by rate (a line has
 * one unit price), each fixed fee and manual line on its own. Net and tax are rounded half-even to the currency's
 * minor unit per line; totals are the sums of the rounded lines.
 */
final class InvoiceCalculator {

    /** Between a project and a task in a line's description: "Website relaunch - Design review". */
    static final String TASK_SEPARATOR = " - ";

    private InvoiceCalculator() {
    }

    /** The lines and totals of the work; a line's tax rate is its override, else its own, else the default. */
    static Calculation calculate(String currency, LineGrouping grouping, BigDecimal defaultTaxRate,
                                 Map<String, LineTax> taxOverrides, List<BillableEntry> entries,
                                 List<FixedFee> fees, List<ManualLine> manualLines) {
        List<InvoiceLine> lines = new ArrayList<>();
        Map<String, List<BillableEntry>> groups = new TreeMap<>();
        entries.forEach(entry -> groups.computeIfAbsent(timeLineId(grouping, entry), key -> new ArrayList<>())
                .add(entry));
        groups.forEach((lineId, grouped) -> lines.add(timeLine(lineId, grouping, grouped, currency)));
        fees.forEach(fee -> lines.add(new InvoiceLine(fee.claimKey(), LineKind.FIXED_FEE,
                "Fixed fee · " + fee.projectName(), fee.projectId(), null, null, null, BigDecimal.ONE,
                fee.amount(), Money.round(fee.amount(), currency), null, null, List.of(), List.of(), List.of(), null)));
        for (int index = 0; index < manualLines.size(); index++) {
            ManualLine manual = manualLines.get(index);
            lines.add(new InvoiceLine("manual/" + (index + 1), LineKind.MANUAL, manual.description(), null, null,
                    null, null, manual.quantity(), manual.unitPrice(),
                    Money.round(manual.quantity().multiply(manual.unitPrice()), currency), manual.taxRate(), null,
                    List.of(), List.of(), List.of(), manual.taxCategory()));
        }
        List<InvoiceLine> taxed = taxed(lines, currency, defaultTaxRate, taxOverrides);
        Map<String, Integer> revisions = new LinkedHashMap<>();
        List<String> claimKeys = new ArrayList<>();
        entries.forEach(entry -> {
            revisions.put(entry.entryId(), entry.revision());
            claimKeys.add(entry.entryId());
        });
        fees.forEach(fee -> claimKeys.add(fee.claimKey()));
        return new Calculation(taxed, totals(taxed, currency), revisions, claimKeys);
    }

    /**
     * The lines with each one's tax rate, category and tax worked out again; manual lines keep a rate (and category)
     * of their own.
     */
    static List<InvoiceLine> taxed(List<InvoiceLine> lines, String currency, BigDecimal defaultTaxRate,
                                   Map<String, LineTax> taxOverrides) {
        return lines.stream().map(line -> {
            LineTax tax = taxOverrides.containsKey(line.lineId()) ? taxOverrides.get(line.lineId())
                    : line.kind() == LineKind.MANUAL && line.taxRate() != null
                    ? LineTax.of(line.taxRate(), line.taxCategory()) : LineTax.of(defaultTaxRate, null);
            return new InvoiceLine(line.lineId(), line.kind(), line.description(), line.projectId(), line.taskId(),
                    line.userId(), line.minutes(), line.quantity(), line.unitPrice(), line.net(), tax.rate(),
                    Money.tax(line.net(), tax.rate(), currency), line.entryIds(), line.rateVersions(),
                    line.roundings(), tax.category());
        }).toList();
    }

    /** The lines with the task titles known now, for lines still named after a task's id. */
    static List<InvoiceLine> titled(List<InvoiceLine> lines, Map<String, String> taskTitles) {
        return lines.stream().map(line -> {
            String untitled = TASK_SEPARATOR + "task " + line.taskId();
            return line.taskId() != null && taskTitles.containsKey(line.taskId())
                    && line.description().endsWith(untitled)
                    ? line.describedAs(line.description().substring(0, line.description().length()
                    - untitled.length()) + TASK_SEPARATOR + taskTitles.get(line.taskId())) : line;
        }).toList();
    }

    static InvoiceTotals totals(List<InvoiceLine> lines, String currency) {
        BigDecimal net = Money.round(BigDecimal.ZERO, currency);
        BigDecimal tax = net;
        for (InvoiceLine line : lines) {
            net = net.add(line.net());
            tax = tax.add(line.tax());
        }
        return new InvoiceTotals(net, tax, net.add(tax));
    }

    private static String timeLineId(LineGrouping grouping, BillableEntry entry) {
        String rate = entry.hourlyRate().stripTrailingZeros().toPlainString();
        return switch (grouping) {
            case PROJECT -> "time/" + entry.projectId() + "/rate/" + rate;
            case TASK -> "time/" + entry.projectId() + "/task/" + entry.taskId() + "/rate/" + rate;
            case PERSON -> "time/" + entry.projectId() + "/person/" + entry.userId() + "/rate/" + rate;
        };
    }

    private static InvoiceLine timeLine(String lineId, LineGrouping grouping, List<BillableEntry> entries,
                                        String currency) {
        BillableEntry first = entries.get(0);
        int minutes = entries.stream().mapToInt(BillableEntry::minutes).sum();
        String description = switch (grouping) {
            case PROJECT -> first.projectName();
            case TASK -> first.projectName() + TASK_SEPARATOR
                    + (first.taskTitle() == null ? "task " + first.taskId() : first.taskTitle());
            case PERSON -> first.projectName() + " · " + first.userId();
        };
        return new InvoiceLine(lineId, LineKind.TIME, description, first.projectId(),
                grouping == LineGrouping.TASK ? first.taskId() : null,
                grouping == LineGrouping.PERSON ? first.userId() : null, minutes,
                BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_EVEN),
                first.hourlyRate(), Money.forMinutes(first.hourlyRate(), minutes, currency), null, null,
                entries.stream().map(BillableEntry::entryId).sorted().toList(),
                entries.stream().map(BillableEntry::rateVersion).distinct().sorted().toList(),
                entries.stream().map(BillableEntry::rounding).filter(r -> r != null).distinct().sorted().toList(),
                null);
    }

    /** What a draft bills: its lines and totals, the revisions of its entries and everything it claims. */
    record Calculation(List<InvoiceLine> lines, InvoiceTotals totals, Map<String, Integer> entryRevisions,
                       List<String> claimKeys) {

        boolean isEmpty() {
            return lines.isEmpty();
        }
    }
}
