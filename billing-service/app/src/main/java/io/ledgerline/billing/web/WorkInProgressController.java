package io.ledgerline.billing.web;

import io.ledgerline.billing.query.BudgetBurns;
import io.ledgerline.billing.query.BudgetView;
import io.ledgerline.billing.query.PricedLedger;
import io.ledgerline.billing.query.ProjectMembers;
import io.ledgerline.billing.query.UnbilledWork;
import io.ledgerline.platform.context.CallerContext;
import io.ledgerline.platform.context.CallerContexts;
import io.ledgerline.platform.security.Grant;
import io.ledgerline.platform.security.ScopedAccess;
import io.ledgerline.platform.web.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The priced ledger seen per project: work in progress not billed yet, and budget burn with a forecast. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "work in progress")
class WorkInProgressController {

    private final PricedLedger ledger;
    private final BudgetBurns budgets;
    private final Clock clock;
    private final ProjectMembers members;
    private final ScopedAccess access;

    WorkInProgressController(PricedLedger ledger, BudgetBurns budgets, Clock clock, ProjectMembers members,
                             ScopedAccess access) {
        this.ledger = ledger;
        this.budgets = budgets;
        this.clock = clock;
        this.members = members;
        this.access = access;
    }

    @GetMapping("/unbilled")
    @Operation(summary = "Billable time no issued invoice bills yet, priced, per project (optionally one); a manager "
            + "sees the projects they manage")
    List<UnbilledWork> unbilled(@RequestParam(required = false) String projectId) {
        CallerContext caller = CallerContexts.require();
        if (projectId != null) {
            access.require("projectId", projectId, Grant.ADMIN, Grant.FINANCE, Grant.FINANCE_READ,
                    Grant.PROJECT_MANAGER);
        }
        List<UnbilledWork> unbilled = ledger.unbilled(caller.tenant(), projectId);
        if (Grant.ADMIN.heldByCaller() || Grant.FINANCE.heldByCaller() || Grant.FINANCE_READ.heldByCaller()) {
            return unbilled;
        }
        List<String> managed = members.managedBy(caller.tenant(), caller.actor());
        return unbilled.stream().filter(work -> managed.contains(work.projectId())).toList();
    }

    @GetMapping("/budgets/{projectId}")
    @Operation(summary = "A project's budget in hours and money: used, remaining, and the day it runs out at the "
            + "pace of the last 28 days")
    BudgetView budget(@PathVariable String projectId) {
        return budgets.view(CallerContexts.require().tenant(), projectId, LocalDate.now(clock))
                .orElseThrow(() -> new NotFoundException("project", projectId));
    }
}
