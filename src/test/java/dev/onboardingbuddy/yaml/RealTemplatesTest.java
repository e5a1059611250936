package dev.onboardingbuddy.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.checklist.Owner;
import dev.onboardingbuddy.checklist.Period;
import dev.onboardingbuddy.checklist.Section;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RealTemplatesTest {
    static final Path DIRECTORY = Path.of("config/checklists");
    private final ChecklistFiles files = new ChecklistFiles();

    static ChecklistTemplate backendEngineer() {
        return new ChecklistFiles()
                .load(DIRECTORY.resolve("backend-engineer.yaml"))
                .orElseThrow();
    }

    private ChecklistItem item(ChecklistTemplate template, String key) {
        return template.item(new ItemKey(key)).orElseThrow();
    }

    @Test
    void theChecklistDirectoryLoadsBothTemplatesWithoutASingleProblem() {
        LoadResult<TemplateCatalog> result = files.loadDirectory(DIRECTORY);

        assertThat(result.problems()).isEmpty();
        assertThat(result.value().orElseThrow().ids()).containsExactly("backend-engineer", "new-hire");
    }

    @Test
    void backendEngineerHasTheSectionsOfTheSeedWithTheirItemCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Section section : backendEngineer().sections()) {
            counts.put(section.id(), section.items().size());
        }

        assertThat(counts)
                .containsExactly(
                        Map.entry("week-1", 10),
                        Map.entry("weeks-2-4", 9),
                        Map.entry("learning-development", 4),
                        Map.entry("relationship-building", 4),
                        Map.entry("initial-responsibilities", 4),
                        Map.entry("full-responsibility-ownership", 4),
                        Map.entry("capability-development", 6),
                        Map.entry("artifact-ownership", 5),
                        Map.entry("success-metrics", 3),
                        Map.entry("notes-feedback", 4));
        assertThat(backendEngineer().itemCount()).isEqualTo(53);
    }

    @Test
    void backendEngineerKeepsTheOverviewAndSeniority() {
        ChecklistTemplate template = backendEngineer();

        assertThat(template.role()).isEqualTo("Backend Engineer");
        assertThat(template.version()).isEqualTo(1);
        assertThat(template.programmeDays()).isEqualTo(90);
        assertThat(template.mission())
                .startsWith("Build robust, scalable, and secure server-side systems")
                .endsWith("seamless integrations.");
        assertThat(template.summary()).contains("Senior").contains("Develops and maintains server-side applications");
    }

    @Test
    void sectionDefaultsApplyUnlessAnItemOverridesThem() {
        ChecklistTemplate template = backendEngineer();

        assertThat(item(template, "it-setup").owner()).isEqualTo(Owner.HIRE);
        assertThat(item(template, "meet-manager").owner()).isEqualTo(Owner.BOTH);
        assertThat(item(template, "shadow-team").kind()).isEqualTo(ItemKind.TASK);
        assertThat(item(template, "learn-api-design").kind()).isEqualTo(ItemKind.LEARNING);
        assertThat(item(template, "shadow-team").release()).isEqualTo(Period.week(2));
        assertThat(item(template, "shadow-team").due()).isEqualTo(Period.weeks(2, 4));
    }

    @Test
    void phasesPeriodsAndOwnersFollowTheImportRules() {
        ChecklistTemplate template = backendEngineer();

        assertThat(template.sections().get(0).phase()).isEqualTo("30-Day Goals (Foundation)");
        assertThat(item(template, "take-on-api-design").release()).isEqualTo(new Period(31, 60));
        assertThat(item(template, "own-api-design").due()).isEqualTo(new Period(61, 90));
        assertThat(item(template, "review-day-60"))
                .extracting(ChecklistItem::kind, ChecklistItem::owner, ChecklistItem::release, ChecklistItem::due)
                .containsExactly(ItemKind.REVIEW, Owner.MANAGER, Period.day(60), Period.day(60));
        assertThat(item(template, "review-week-12"))
                .extracting(ChecklistItem::details, ChecklistItem::release)
                .containsExactly("Date and reviewer recorded when held", Period.week(12));
    }

    @Test
    void relationshipsAreReleasedOnTheFirstDayTheyShouldMeetWithin() {
        ChecklistItem platform = item(backendEngineer(), "meet-platform-engineer");

        assertThat(platform.title()).isEqualTo("Meet the Platform Engineer (Depends on)");
        assertThat(platform.release()).isEqualTo(Period.day(15));
        assertThat(platform.due()).isEqualTo(Period.weeks(3, 4));
        assertThat(platform.relationship().orElseThrow().meetWithin()).isEqualTo(Period.weeks(3, 4));
    }

    @Test
    void aManagerReviewMayComeBeforeTheResponsibilityIsReleased() {
        ChecklistItem api = item(backendEngineer(), "own-api-design");

        assertThat(api.managerReview()).contains(Period.week(4));
        assertThat(api.release().firstDay())
                .isGreaterThan(api.managerReview().orElseThrow().lastDay());
    }

    @Test
    void theGenericNewHireTemplateUsesOtherSectionsAndStillHasARelationshipAndAReview() {
        ChecklistTemplate template =
                files.load(DIRECTORY.resolve("new-hire.yaml")).orElseThrow();

        assertThat(template.itemCount()).isBetween(10, 15);
        assertThat(template.items().map(ChecklistItem::kind))
                .contains(ItemKind.RELATIONSHIP, ItemKind.REVIEW, ItemKind.TASK);
        assertThat(template.items().filter(ChecklistItem::isReview).map(ChecklistItem::owner))
                .contains(Owner.MANAGER);
        assertThat(template.sections())
                .extracting(Section::id)
                .doesNotContainAnyElementsOf(
                        backendEngineer().sections().stream().map(Section::id).toList());
        assertThat(template.items().mapToInt(item -> item.due().lastDay()).max().orElseThrow())
                .isEqualTo(90);
    }
}
