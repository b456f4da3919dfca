package io.ledgerline.billing.integration;

import io.ledgerline.billing.command.api.RecordBudgetBurnCommand;
import io.ledgerline.billing.query.BudgetBurns;
import io.ledgerline.platform.inbox.InboxTransaction;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/**
 * Reports a project's burn to its budget aggregate after the ledger changed, from within the inbox's transaction; the
 * aggregate decides which thresholds are newly crossed. Burn below 50 % cannot cross any and is not reported. The burn
 * sums the project's ledger for the period, so it is computed once per project and period at the end of the inbox
 * transaction (a whole poll of records), not after each record: a backlog no longer costs a sum over a growing ledger
 * per record.
 */
@Component
class BudgetAlerts {

    private final BudgetBurns burns;
    private final CommandGateway commands;

    BudgetAlerts(BudgetBurns burns, CommandGateway commands) {
        this.burns = burns;
        this.commands = commands;
    }

    /** Checks the period of the given day, or every period when the day is null. */
    void check(String tenant, String projectId, LocalDate day) {
        if (projectId == null) {
            return;
        }
        InboxTransaction.atEnd(List.of("budget burn", tenant, projectId, day == null ? "every period"
                : YearMonth.from(day).toString()), () -> report(tenant, projectId, day));
    }

    private void report(String tenant, String projectId, LocalDate day) {
        burns.burns(tenant, projectId, day).stream().filter(burn -> burn.worthReporting())
                .forEach(burn -> commands.sendAndWait(new RecordBudgetBurnCommand(projectId, burn.dimension(),
                        burn.period(), burn.used(), burn.budget(), burn.currency())));
    }
}
