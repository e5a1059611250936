package dev.onboardingbuddy.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core must stay usable by a second chat adapter (Teams) and by tests without any framework. */
@AnalyzeClasses(packages = "dev.onboardingbuddy", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreIsChatNeutralTest {
    private static final String[] CORE = {
        "dev.onboardingbuddy.checklist..",
        "dev.onboardingbuddy.timeline..",
        "dev.onboardingbuddy.enrollment..",
        "dev.onboardingbuddy.progress..",
        "dev.onboardingbuddy.notification..",
        "dev.onboardingbuddy.conversation..",
        "dev.onboardingbuddy.programme..",
        "dev.onboardingbuddy.transactions..",
        "dev.onboardingbuddy.home..",
        "dev.onboardingbuddy.reminders.."
    };

    private static final String[] FRAMEWORKS = {
        "com.slack..", "io.javalin..", "org.eclipse.jetty..", "org.jdbi..", "org.quartz..", "com.zaxxer..",
        "org.flywaydb..", "com.fasterxml.jackson..", "org.yaml..", "picocli..", "java.sql..", "javax.sql..",
        "io.micrometer..", "ch.qos.logback..", "com.nimbusds..", "de.focus_shift..", "com.ibm.icu.."
    };

    private static final String[] ADAPTERS = {
        "dev.onboardingbuddy.slack..",
        "dev.onboardingbuddy.msteams..",
        "dev.onboardingbuddy.http..",
        "dev.onboardingbuddy.persistence..",
        "dev.onboardingbuddy.scheduling..",
        "dev.onboardingbuddy.yaml..",
        "dev.onboardingbuddy.app..",
        "dev.onboardingbuddy.cli..",
        "dev.onboardingbuddy.config..",
        "dev.onboardingbuddy.metrics..",
        "dev.onboardingbuddy.msteams..",
        "dev.onboardingbuddy.holidays..",
        "dev.onboardingbuddy.hrapi.."
    };

    @ArchTest
    static final ArchRule core_imports_no_framework = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule core_depends_on_no_adapter = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(ADAPTERS);

    /** Holiday rules (Jollyday, ICU4J's Hebrew calendar) reach the core through the HolidaySource port only. */
    @ArchTest
    static final ArchRule nothing_but_the_holidays_adapter_knows_the_holiday_libraries = noClasses()
            .that()
            .resideOutsideOfPackages("dev.onboardingbuddy.holidays..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("de.focus_shift..", "com.ibm.icu..");

    @ArchTest
    static final ArchRule nothing_but_the_slack_adapter_and_wiring_knows_bolt = noClasses()
            .that()
            .resideOutsideOfPackages("dev.onboardingbuddy.slack..", "dev.onboardingbuddy.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.slack..");

    /** JWT checks and OAuth belong to the Teams adapter; anything else that wants them should go through it. */
    @ArchTest
    static final ArchRule nothing_but_the_teams_adapter_and_wiring_knows_nimbus = noClasses()
            .that()
            .resideOutsideOfPackages("dev.onboardingbuddy.msteams..", "dev.onboardingbuddy.app..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("com.nimbusds..");
}
