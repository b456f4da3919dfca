package io.ledgerline.testsupport;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Each shared rule fails on a sample service that breaks it, so no service's ArchitectureTest is vacuous. */
class ServiceArchitectureTest {

    private static final String BASE = "io.ledgerline.testsupport.archsample";
    private static final JavaClasses SAMPLE = new ClassFileImporter().importPackages(BASE);

    @Test
    void rejectsADomainThatKnowsAReadModel() {
        assertFails(ServiceArchitecture.theDomainKnowsNoReadModelWebOrKafka(BASE), "LedgerView");
    }

    @Test
    void rejectsACommandThatKnowsItsAggregate() {
        assertFails(ServiceArchitecture.internalMessagesDoNotKnowTheAggregate(BASE), "OpenLedgerCommand");
    }

    @Test
    void rejectsAReadModelThatKnowsTheWeb() {
        assertFails(ServiceArchitecture.readModelsKnowNeitherWebNorKafka(BASE), "LedgerController");
    }

    @Test
    void rejectsAControllerThatTouchesAnAggregate() {
        assertFails(ServiceArchitecture.theWebSendsCommandsAndNeverTouchesTheAggregateOrKafka(BASE), "Ledger");
    }

    @Test
    void rejectsAKafkaHandlerThatKnowsTheWeb() {
        assertFails(ServiceArchitecture.theKafkaSideNeverTouchesTheAggregateOrTheWeb(BASE), "LedgerRelay");
    }

    @Test
    void rejectsAPublishedEventThatExposesAnAggregate() {
        assertFails(ServiceArchitecture.thePublishedLanguageHasNoFrameworks(BASE, BASE + ".api"), "LedgerOpened");
    }

    @Test
    void rejectsAPublicController() {
        assertFails(ServiceArchitecture.controllersArePackagePrivate(BASE), "LedgerController");
    }

    @Test
    void rejectsRulesOverClassesThatDoNotExist() {
        // no aggregate or event handler in the sample: a rule about nothing must fail, not pass
        assertFails(ServiceArchitecture.aggregatesArePackagePrivate(BASE), "failOnEmptyShould");
        assertFails(ServiceArchitecture.eventHandlersArePackagePrivate(), "failOnEmptyShould");
    }

    private static void assertFails(ArchRule rule, String mentioned) {
        assertThatThrownBy(() -> rule.check(SAMPLE)).isInstanceOf(AssertionError.class).hasMessageContaining(mentioned);
    }
}
