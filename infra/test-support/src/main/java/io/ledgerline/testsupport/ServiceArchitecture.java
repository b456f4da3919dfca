package io.ledgerline.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The package boundaries every Axon service keeps (STYLE.md, layout), over its role packages below
 * {@code base}: {@code command}, {@code command.api}, {@code query}, {@code web}, {@code integration},
 * {@code config}. A service's {@code ArchitectureTest} names each rule in an {@code @ArchTest} field, so
 * every rule runs and reports on its own, and adds the rules only it has.
 *
 * <p>Axon annotations are named by type name, so test-support needs no Axon dependency to state them.
 */
public final class ServiceArchitecture {

    private static final String AGGREGATE = "org.axonframework.spring.stereotype.Aggregate";
    private static final String PROCESSING_GROUP = "org.axonframework.config.ProcessingGroup";

    private ServiceArchitecture() {
    }

    /** Aggregates and internal messages know no read model, web, Kafka or configuration. */
    public static ArchRule theDomainKnowsNoReadModelWebOrKafka(String base) {
        return noClasses().that().resideInAnyPackage(base + ".command", base + ".command.api")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".query", base + ".web",
                        base + ".integration", base + ".config");
    }

    /** Internal commands and events never refer to the aggregates that handle them. */
    public static ArchRule internalMessagesDoNotKnowTheAggregate(String base) {
        return noClasses().that().resideInAPackage(base + ".command.api")
                .should().dependOnClassesThat().resideInAPackage(base + ".command");
    }

    /** Projections and read models know neither the web nor Kafka. */
    public static ArchRule readModelsKnowNeitherWebNorKafka(String base) {
        return noClasses().that().resideInAPackage(base + ".query")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".web", base + ".integration",
                        base + ".config");
    }

    /** Controllers send commands and never touch an aggregate or Kafka. */
    public static ArchRule theWebSendsCommandsAndNeverTouchesTheAggregateOrKafka(String base) {
        return noClasses().that().resideInAPackage(base + ".web")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".command", base + ".integration",
                        base + ".config");
    }

    /** Kafka handlers never touch an aggregate or the web. */
    public static ArchRule theKafkaSideNeverTouchesTheAggregateOrTheWeb(String base) {
        return noClasses().that().resideInAPackage(base + ".integration")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".command", base + ".web");
    }

    /** The public {@code api} package depends on no framework, no persistence and nothing internal. */
    public static ArchRule thePublishedLanguageHasNoFrameworks(String base, String api) {
        return noClasses().that().resideInAPackage(api)
                .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "org.springframework..",
                        "jakarta.persistence..", base + ".command..", "io.ledgerline.platform..");
    }

    /** Aggregates live in {@code command} and are package-private. */
    public static ArchRule aggregatesArePackagePrivate(String base) {
        return classes().that().areAnnotatedWith(AGGREGATE)
                .should().notBePublic().andShould().resideInAPackage(base + ".command");
    }

    /** Event handlers (projections, Kafka publishers) are package-private. */
    public static ArchRule eventHandlersArePackagePrivate() {
        return classes().that().areAnnotatedWith(PROCESSING_GROUP).should().notBePublic();
    }

    /** Controllers are package-private. */
    public static ArchRule controllersArePackagePrivate(String base) {
        return classes().that().resideInAPackage(base + ".web").should().notBePublic();
    }
}
