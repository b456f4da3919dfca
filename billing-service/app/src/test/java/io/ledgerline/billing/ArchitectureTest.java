package io.ledgerline.billing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ledgerline.testsupport.ServiceArchitectureRules;

/**
 * The package boundaries of billing-service (STYLE.md, layout): the rules every service keeps,
 * and a domain that knows no framework and no other service.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ServiceArchitectureRules {

    static final String BASE = "io.ledgerline.billing";

    @ArchTest
    static final ArchRule theDomainKnowsNoFrameworkAndNoOtherService = noClasses().that()
            .resideInAnyPackage(BASE + ".command", BASE + ".command.api")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.apache.kafka..",
                    "io.ledgerline.project.api..", "io.ledgerline.timetracking.api..");

    ArchitectureTest() {
        super(BASE);
    }
}
