package io.ledgerline.billing.command;

import static io.ledgerline.billing.BillingFixtures.PROJECT_ID;

import io.ledgerline.billing.api.BudgetDimension;
import io.ledgerline.billing.command.api.BudgetThresholdCrossedEvent;
import io.ledgerline.billing.command.api.RecordBudgetBurnCommand;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProjectBudgetTest {

    private static final BigDecimal BUDGET = new BigDecimal("10");
    private AggregateTestFixture<ProjectBudget> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ProjectBudget.class);
    }

    private static RecordBudgetBurnCommand burn(String used, String period) {
        return new RecordBudgetBurnCommand(PROJECT_ID, BudgetDimension.HOURS, period, new BigDecimal(used), BUDGET,
                null);
    }

    private static BudgetThresholdCrossedEvent crossed(int threshold, String used, String period) {
        return new BudgetThresholdCrossedEvent(PROJECT_ID, threshold, BudgetDimension.HOURS, period,
                new BigDecimal(used), BUDGET, null);
    }

    @Test
    void crossesFiftyPercentOnceReached() {
        fixture.givenNoPriorActivity()
                .when(burn("5", "total"))
                .expectEvents(crossed(50, "5", "total"));
    }

    @Test
    void crossesEveryThresholdAJumpPassesInOrder() {
        fixture.givenNoPriorActivity()
                .when(burn("10.5", "total"))
                .expectEvents(crossed(50, "10.5", "total"), crossed(80, "10.5", "total"),
                        crossed(100, "10.5", "total"));
    }

    @Test
    void neverCrossesAThresholdTwiceInAPeriodThoughBurnIsReportedAgain() {
        fixture.given(crossed(50, "5", "total"))
                .when(burn("6", "total"))
                .expectNoEvents();
    }

    @Test
    void crossesAgainInTheNextPeriodOfAMonthlyBudget() {
        fixture.given(crossed(50, "5", "2026-10"))
                .when(burn("5", "2026-11"))
                .expectEvents(crossed(50, "5", "2026-11"));
    }

    @Test
    void keepsItsThresholdsWhenBurnFallsAndRisesAgain() {
        fixture.given(crossed(50, "5", "total"), crossed(80, "8", "total"))
                .when(burn("8.5", "total"))
                .expectNoEvents();
    }
}
