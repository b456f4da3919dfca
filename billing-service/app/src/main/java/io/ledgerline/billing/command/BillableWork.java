package io.ledgerline.billing.command;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The priced ledger as invoices see it: clients, and the work of their projects not billed yet. */
public interface BillableWork {

    /** The tenant's client, if billing-service has learnt of it. */
    Optional<ClientTerms> client(String tenant, String clientId);

    /**
     * The approved, billable, priced entries of the client's TIME_AND_MATERIALS projects in the currency, worked in
     * the period, that no issued invoice bills.
     */
    List<BillableEntry> unbilledEntries(String tenant, String clientId, String currency, LocalDate from,
                                        LocalDate to);

    /** The fixed fees of the client's FIXED_FEE projects in the currency that no issued invoice bills. */
    List<FixedFee> unbilledFixedFees(String tenant, String clientId, String currency);

    /** The titles of those of the tasks billing has learnt of, by task id. */
    Map<String, String> taskTitles(String tenant, Collection<String> taskIds);

    /** The revisions of those of the entries that are still approved, billable and not deleted. */
    Map<String, Integer> revisions(String tenant, Collection<String> entryIds);
}
