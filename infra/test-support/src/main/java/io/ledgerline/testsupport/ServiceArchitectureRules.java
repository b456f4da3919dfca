package io.ledgerline.testsupport;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Every rule of {@link ServiceArchitecture} for one service, as {@code @ArchTest} members that ArchUnit runs and
 * reports one by one. A service's test extends it, names its base package and adds the rules only it has:
 *
 * <pre>{@code
 * @AnalyzeClasses(packages = "io.ledgerline.task", importOptions = ImportOption.DoNotIncludeTests.class)
 * class ArchitectureTest extends ServiceArchitectureRules {
 *     ArchitectureTest() {
 *         super("io.ledgerline.task");
 *     }
 * }
 * }</pre>
 */
public abstract class ServiceArchitectureRules {

    @ArchTest
    final ArchRule theDomainKnowsNoReadModelWebOrKafka;

    @ArchTest
    final ArchRule internalMessagesDoNotKnowTheAggregate;

    @ArchTest
    final ArchRule readModelsKnowNeitherWebNorKafka;

    @ArchTest
    final ArchRule theWebSendsCommandsAndNeverTouchesTheAggregateOrKafka;

    @ArchTest
    final ArchRule theKafkaSideNeverTouchesTheAggregateOrTheWeb;

    @ArchTest
    final ArchRule thePublishedLanguageHasNoFrameworks;

    @ArchTest
    final ArchRule aggregatesArePackagePrivate;

    @ArchTest
    final ArchRule eventHandlersArePackagePrivate = ServiceArchitecture.eventHandlersArePackagePrivate();

    @ArchTest
    final ArchRule controllersArePackagePrivate;

    /** The rules over the role packages below {@code base}, with {@code base + ".api"} as the published language. */
    protected ServiceArchitectureRules(String base) {
        theDomainKnowsNoReadModelWebOrKafka = ServiceArchitecture.theDomainKnowsNoReadModelWebOrKafka(base);
        internalMessagesDoNotKnowTheAggregate = ServiceArchitecture.internalMessagesDoNotKnowTheAggregate(base);
        readModelsKnowNeitherWebNorKafka = ServiceArchitecture.readModelsKnowNeitherWebNorKafka(base);
        theWebSendsCommandsAndNeverTouchesTheAggregateOrKafka =
                ServiceArchitecture.theWebSendsCommandsAndNeverTouchesTheAggregateOrKafka(base);
        theKafkaSideNeverTouchesTheAggregateOrTheWeb =
                ServiceArchitecture.theKafkaSideNeverTouchesTheAggregateOrTheWeb(base);
        thePublishedLanguageHasNoFrameworks = ServiceArchitecture.thePublishedLanguageHasNoFrameworks(base,
                base + ".api");
        aggregatesArePackagePrivate = ServiceArchitecture.aggregatesArePackagePrivate(base);
        controllersArePackagePrivate = ServiceArchitecture.controllersArePackagePrivate(base);
    }
}
