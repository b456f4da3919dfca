package io.ledgerline.timetracking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.spring.stereotype.Aggregate;

/** The package boundaries of timetracking-service (STYLE.md, layout). */
@AnalyzeClasses(packages = "io.ledgerline.timetracking", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String COMMAND = "io.ledgerline.timetracking.command";
    private static final String COMMAND_API = "io.ledgerline.timetracking.command.api";
    private static final String QUERY = "io.ledgerline.timetracking.query";
    private static final String WEB = "io.ledgerline.timetracking.web";
    private static final String INTEGRATION = "io.ledgerline.timetracking.integration";
    private static final String CONFIG = "io.ledgerline.timetracking.config";
    private static final String PUBLISHED = "io.ledgerline.timetracking.api";

    @ArchTest
    static final ArchRule theDomainKnowsNoReadModelWebOrKafka = noClasses().that()
            .resideInAnyPackage(COMMAND, COMMAND_API)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY, WEB, INTEGRATION, CONFIG);

    @ArchTest
    static final ArchRule theDomainKnowsNoSpring = noClasses().that().resideInAnyPackage(COMMAND, COMMAND_API)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    @ArchTest
    static final ArchRule internalMessagesDoNotKnowTheAggregates = noClasses().that().resideInAPackage(COMMAND_API)
            .should().dependOnClassesThat().resideInAPackage(COMMAND);

    @ArchTest
    static final ArchRule readModelsKnowNeitherWebNorKafka = noClasses().that().resideInAPackage(QUERY)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, INTEGRATION, CONFIG);

    @ArchTest
    static final ArchRule theWebSendsCommandsAndNeverTouchesTheAggregatesOrKafka = noClasses().that()
            .resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, INTEGRATION, CONFIG);

    @ArchTest
    static final ArchRule theKafkaSideNeverTouchesTheAggregatesOrTheWeb = noClasses().that()
            .resideInAPackage(INTEGRATION)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, WEB);

    @ArchTest
    static final ArchRule thePublishedLanguageHasNoFrameworks = noClasses().that().resideInAPackage(PUBLISHED)
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..", "org.springframework..",
                    "jakarta.persistence..", "io.ledgerline.timetracking.command..", "io.ledgerline.platform..");

    @ArchTest
    static final ArchRule aggregatesArePackagePrivate = classes().that().areAnnotatedWith(Aggregate.class)
            .should().notBePublic().andShould().resideInAPackage(COMMAND);

    @ArchTest
    static final ArchRule eventHandlersArePackagePrivate = classes().that().areAnnotatedWith(ProcessingGroup.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule controllersArePackagePrivate = classes().that().resideInAPackage(WEB)
            .should().notBePublic();
}
