package io.ledgerline.billing.command;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The ports of the billing aggregates for aggregate tests: ledger, claims and sequences as a test sets them up. */
class InMemoryBilling implements BillableWork, BillingClaims, NumberSequences, InvoiceBook, SellerProfiles {

    final Map<String, ClientTerms> clients = new HashMap<>();
    final List<BillableEntry> entries = new ArrayList<>();
    final List<FixedFee> fees = new ArrayList<>();
    final Map<String, String> claims = new HashMap<>();
    final Map<String, Long> sequences = new HashMap<>();
    final Map<String, CreditableInvoice> invoices = new HashMap<>();
    final Map<String, String> taskTitles = new HashMap<>();
    final Map<String, SellerSnapshot> sellers = new HashMap<>();

    @Override
    public Optional<ClientTerms> client(String tenant, String clientId) {
        return Optional.ofNullable(clients.get(tenant + "/" + clientId));
    }

    @Override
    public List<BillableEntry> unbilledEntries(String tenant, String clientId, String currency, LocalDate from,
                                               LocalDate to) {
        return entries.stream().filter(e -> !claims.containsKey(e.entryId()))
                .filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList();
    }

    @Override
    public List<FixedFee> unbilledFixedFees(String tenant, String clientId, String currency) {
        return fees.stream().filter(fee -> !claims.containsKey(fee.claimKey())).toList();
    }

    @Override
    public Map<String, String> taskTitles(String tenant, Collection<String> taskIds) {
        Map<String, String> titles = new HashMap<>(taskTitles);
        titles.keySet().retainAll(taskIds);
        return titles;
    }

    @Override
    public Optional<SellerSnapshot> current(String tenant) {
        return Optional.ofNullable(sellers.get(tenant));
    }

    @Override
    public Map<String, Integer> revisions(String tenant, Collection<String> entryIds) {
        Map<String, Integer> revisions = new HashMap<>();
        entries.stream().filter(e -> entryIds.contains(e.entryId()))
                .forEach(e -> revisions.put(e.entryId(), e.revision()));
        return revisions;
    }

    @Override
    public void claim(String tenant, String invoiceId, Collection<String> keys) {
        for (String key : keys) {
            String holder = claims.putIfAbsent(key, invoiceId);
            if (holder != null && !holder.equals(invoiceId)) {
                throw new IllegalStateException("time entry " + key + " is already billed by issued invoice "
                        + holder);
            }
        }
    }

    @Override
    public void release(String tenant, String invoiceId) {
        claims.values().removeIf(invoiceId::equals);
    }

    @Override
    public long next(String tenant, String kind, int year) {
        return sequences.merge(tenant + "/" + kind + "/" + year, 1L, Long::sum);
    }

    @Override
    public Optional<CreditableInvoice> lockForCredit(String tenant, String invoiceId) {
        return Optional.ofNullable(invoices.get(tenant + "/" + invoiceId));
    }
}
