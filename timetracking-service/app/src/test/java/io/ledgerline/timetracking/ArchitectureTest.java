package io.ledgerline.timetracking;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ledgerline.testsupport.ServiceArchitectureRules;

/**
 * The package boundaries of timetracking-service (STYLE.md, layout): the rules every service keeps,
 * and a domain that knows no Spring.
 */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ServiceArchitectureRules {

    static final String BASE = "io.ledgerline.timetracking";

    @ArchTest
    static final ArchRule theDomainKnowsNoSpring = noClasses().that()
            .resideInAnyPackage(BASE + ".command", BASE + ".command.api")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..");

    ArchitectureTest() {
        super(BASE);
    }
}
