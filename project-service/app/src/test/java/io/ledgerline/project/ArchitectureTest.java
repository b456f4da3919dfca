package io.ledgerline.project;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.ledgerline.testsupport.ServiceArchitecture;

/** The boundaries of docs/project-service.md and STYLE.md, on the packages that exist. */
@AnalyzeClasses(packages = "io.ledgerline.project", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule commandsKnowNeitherWebNorReadModels = noClasses()
            .that().resideInAPackage("io.ledgerline.project.command..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.project.web..",
                    "io.ledgerline.project.query..", "io.ledgerline.project.integration..",
                    "io.ledgerline.platform.web..", "org.springframework.web..", "org.springframework.jdbc..",
                    "jakarta.servlet..");

    @ArchTest
    static final ArchRule internalMessagesDependOnNothingButTheApi = noClasses()
            .that().resideInAPackage("io.ledgerline.project.command.api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..",
                    "io.ledgerline.project.command", "io.ledgerline.project.query..", "io.ledgerline.project.web..");

    @ArchTest
    static final ArchRule readModelsKnowNoWeb = noClasses()
            .that().resideInAPackage("io.ledgerline.project.query..")
            .should().dependOnClassesThat().resideInAnyPackage("io.ledgerline.project.web..",
                    "io.ledgerline.project.command", "org.springframework.web..");

    @ArchTest
    static final ArchRule webSendsCommandsButNeverTouchesAggregates = noClasses()
            .that().resideInAPackage("io.ledgerline.project.web..")
            .should().dependOnClassesThat().resideInAPackage("io.ledgerline.project.command");

    @ArchTest
    static final ArchRule aggregatesArePackagePrivate = ServiceArchitecture.aggregatesArePackagePrivate(
            "io.ledgerline.project");

    @ArchTest
    static final ArchRule messagesAreRecords = classes()
            .that().resideInAPackage("io.ledgerline.project.command.api")
            .and().doNotHaveSimpleName("package-info")
            .should().beRecords();
}
