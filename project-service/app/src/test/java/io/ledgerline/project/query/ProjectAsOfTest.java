package io.ledgerline.project.query;

import static io.ledgerline.project.ProjectFixtures.ADA;
import static io.ledgerline.project.ProjectFixtures.BOB;
import static io.ledgerline.project.ProjectFixtures.PROJECT_ID;
import static io.ledgerline.project.ProjectFixtures.projectCreatedEvent;
import static org.assertj.core.api.Assertions.assertThat;

import io.ledgerline.project.api.ProjectRole;
import io.ledgerline.project.api.ProjectStatus;
import io.ledgerline.project.command.api.ProjectBudgetChangedEvent;
import io.ledgerline.project.command.api.ProjectMemberAddedEvent;
import io.ledgerline.project.command.api.ProjectMemberRemovedEvent;
import io.ledgerline.project.command.api.ProjectRateChangedEvent;
import io.ledgerline.project.command.api.ProjectStatusChangedEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;

class ProjectAsOfTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);

    @Test
    void foldsMembersBudgetAndStatusAndTheVersion() {
        ProjectSummary project = ProjectAsOf.fold(events(projectCreatedEvent(),
                new ProjectMemberAddedEvent(PROJECT_ID, ADA, ProjectRole.MANAGER, null, "EUR"),
                new ProjectMemberAddedEvent(PROJECT_ID, BOB, ProjectRole.MEMBER, null, "EUR"),
                new ProjectMemberRemovedEvent(PROJECT_ID, BOB),
                new ProjectBudgetChangedEvent(PROJECT_ID, BigDecimal.TEN, null, "EUR", true),
                new ProjectStatusChangedEvent(PROJECT_ID, ProjectStatus.ACTIVE, ProjectStatus.ON_HOLD)), MARCH);

        assertThat(project.members()).extracting(ProjectMember::userId).containsExactly(ADA);
        assertThat(project.budget()).isEqualTo(new ProjectBudget(BigDecimal.TEN, null, true));
        assertThat(project.status()).isEqualTo(ProjectStatus.ON_HOLD);
        assertThat(project.version()).isEqualTo(5);
    }

    @Test
    void answersTheRatesInForceOnTheDayAsked() {
        List<DomainEventMessage<?>> events = events(projectCreatedEvent(),
                new ProjectMemberAddedEvent(PROJECT_ID, ADA, ProjectRole.MANAGER, new BigDecimal("150"), "EUR"),
                new ProjectRateChangedEvent(PROJECT_ID, null, new BigDecimal("130"), "EUR", MARCH, 1),
                new ProjectRateChangedEvent(PROJECT_ID, ADA, new BigDecimal("160"), "EUR", MARCH.plusMonths(1), 2));

        ProjectSummary february = ProjectAsOf.fold(events, MARCH.minusDays(1));
        ProjectSummary april = ProjectAsOf.fold(events, MARCH.plusMonths(1));

        assertThat(february.defaultHourlyRate()).isEqualByComparingTo("120");
        assertThat(february.members().get(0).hourlyRate()).isEqualByComparingTo("150");
        assertThat(april.defaultHourlyRate()).isEqualByComparingTo("130");
        assertThat(april.members().get(0).hourlyRate()).isEqualByComparingTo("160");
    }

    private static List<DomainEventMessage<?>> events(Object... payloads) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            events.add(new GenericDomainEventMessage<>("Project", PROJECT_ID, events.size(), payload));
        }
        return events;
    }
}
