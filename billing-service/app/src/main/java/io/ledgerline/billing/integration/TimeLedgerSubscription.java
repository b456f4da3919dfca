package io.ledgerline.billing.integration;

import io.ledgerline.billing.query.LoggedTime;
import io.ledgerline.billing.query.PricedLedger;
import io.ledgerline.platform.inbox.Subscription;
import io.ledgerline.timetracking.api.RoundingRule;
import io.ledgerline.timetracking.api.TimeEntryAdjusted;
import io.ledgerline.timetracking.api.TimeEntryDeleted;
import io.ledgerline.timetracking.api.TimeEvents;
import io.ledgerline.timetracking.api.TimeLogged;
import io.ledgerline.timetracking.api.TimesheetApproved;
import io.ledgerline.timetracking.api.TimesheetRejected;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps the priced ledger from timetracking-service's events: logged and adjusted time is priced, deleted time
 * dropped, approval and rejection lock and unlock entries for invoicing. Approval may arrive before the entry itself
 * (they travel under different keys); the ledger remembers it. TimeEntriesInvoiced and TimeEntriesReleased only echo
 * billing's own InvoiceIssued and InvoiceVoided, whose claims already decided, and are skipped.
 */
@Configuration
class TimeLedgerSubscription {

    @Bean
    Subscription timeLedger(PricedLedger ledger, BudgetAlerts alerts, LedgerPropagation propagation) {
        return Subscription.named("time-ledger", TimeEvents.CATALOG)
                .on(TimeLogged.class, event -> {
                    TimeLogged t = event.data();
                    ledger.logged(event.caller().tenant(), new LoggedTime(t.entryId(), t.userId(), t.projectId(),
                            t.taskId(), t.date(), t.rawMinutes(), t.roundedMinutes(), rounding(t.rounding()),
                            t.description(), t.billable()));
                    alerts.check(event.caller().tenant(), t.projectId(), t.date());
                    propagation.recorded(event.time());
                })
                .on(TimeEntryAdjusted.class, event -> {
                    TimeEntryAdjusted t = event.data();
                    ledger.logged(event.caller().tenant(), new LoggedTime(t.entryId(), t.userId(), t.projectId(),
                            t.taskId(), t.date(), t.rawMinutes(), t.roundedMinutes(), rounding(t.rounding()),
                            t.description(), t.billable()));
                    alerts.check(event.caller().tenant(), t.projectId(), t.date());
                })
                .on(TimeEntryDeleted.class, event -> ledger.deleted(event.caller().tenant(), event.data().entryId()))
                .on(TimesheetApproved.class, event -> ledger.approved(event.caller().tenant(),
                        event.data().entryIds(), true))
                .on(TimesheetRejected.class, event -> ledger.approved(event.caller().tenant(),
                        event.data().entryIds(), false));
    }

    /** The rounding rule as invoice lineage shows it, such as {@code 15 min UP, at least 30 min}. */
    static String rounding(RoundingRule rule) {
        if (rule == null) {
            return null;
        }
        return rule.unitMinutes() + " min " + rule.direction()
                + (rule.minimumMinutes() == null ? "" : ", at least " + rule.minimumMinutes() + " min");
    }
}
