package dev.onboardingbuddy.yaml;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** File formats are an adapter concern: the core must stay readable and testable without them. */
class YamlStaysInItsAdapterTest {
    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.onboardingbuddy");

    @Test
    void corePackagesUseNeitherJacksonNorSnakeyaml() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.onboardingbuddy.checklist..",
                        "dev.onboardingbuddy.timeline..",
                        "dev.onboardingbuddy.enrollment..",
                        "dev.onboardingbuddy.progress..",
                        "dev.onboardingbuddy.notification..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "org.yaml.snakeyaml..")
                .check(classes);
    }
}
