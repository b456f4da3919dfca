package io.ledgerline.task;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import io.ledgerline.testsupport.ServiceArchitectureRules;

/** The package boundaries of task-service (STYLE.md, layout): the rules every service keeps. */
@AnalyzeClasses(packages = ArchitectureTest.BASE, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest extends ServiceArchitectureRules {

    static final String BASE = "io.ledgerline.task";

    ArchitectureTest() {
        super(BASE);
    }
}
