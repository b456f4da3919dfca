package io.ledgerline.webhook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package boundaries of webhook-service (STYLE.md, layout). */
@AnalyzeClasses(packages = "io.ledgerline.webhook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String SUBSCRIPTION = "io.ledgerline.webhook.subscription";
    private static final String DELIVERY = "io.ledgerline.webhook.delivery";
    private static final String INTEGRATION = "io.ledgerline.webhook.integration";
    private static final String WEB = "io.ledgerline.webhook.web";
    private static final String CONFIG = "io.ledgerline.webhook.config";

    @ArchTest
    static final ArchRule theRegistryKnowsNothingElse = noClasses().that().resideInAPackage(SUBSCRIPTION)
            .should().dependOnClassesThat().resideInAnyPackage(DELIVERY, INTEGRATION, WEB, CONFIG);

    @ArchTest
    static final ArchRule deliveryKnowsNeitherWebNorKafka = noClasses().that().resideInAPackage(DELIVERY)
            .should().dependOnClassesThat().resideInAnyPackage(INTEGRATION, WEB, CONFIG, "org.apache.kafka..");

    @ArchTest
    static final ArchRule theWebNeverTouchesKafka = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage(INTEGRATION, CONFIG, "org.apache.kafka..");

    @ArchTest
    static final ArchRule theKafkaSideNeverTouchesTheWeb = noClasses().that().resideInAPackage(INTEGRATION)
            .should().dependOnClassesThat().resideInAnyPackage(WEB, CONFIG);

    @ArchTest
    static final ArchRule controllersAndKafkaHandlersArePackagePrivate = classes().that()
            .resideInAnyPackage(WEB, INTEGRATION, CONFIG).should().notBePublic();
}
