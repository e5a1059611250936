package dev.onboardingbuddy.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Features depend on each other in one direction only, so each can be read, tested and changed from the bottom up:
 * a cycle means two packages that are really one, or a use case living below what it orchestrates.
 */
@AnalyzeClasses(packages = "dev.onboardingbuddy", importOptions = ImportOption.DoNotIncludeTests.class)
class NoPackageCyclesTest {
    @ArchTest
    static final ArchRule packages_are_free_of_cycles =
            slices().matching("dev.onboardingbuddy.(*)..").should().beFreeOfCycles();
}
