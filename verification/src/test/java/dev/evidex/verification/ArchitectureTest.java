package dev.evidex.verification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Verification runs anywhere a third party has a JRE: no cloud SDK, no UI toolkit. */
@AnalyzeClasses(packages = "dev.evidex.verification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule noAwsSdk = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("software.amazon..", "com.amazonaws..")
            .because("offline verification must not need AWS");

    @ArchTest
    static final ArchRule noJavaFx = noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the verifier is headless");

    @ArchTest
    static final ArchRule noOtherEvidexModules = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("dev.evidex.collector..", "dev.evidex.app..", "dev.evidex.querypack..")
            .because("verification depends on nothing of ours");
}
