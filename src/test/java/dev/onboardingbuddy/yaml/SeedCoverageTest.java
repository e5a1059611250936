package dev.onboardingbuddy.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.checklist.Period;
import dev.onboardingbuddy.checklist.Relationship;
import dev.onboardingbuddy.checklist.Resource;
import dev.onboardingbuddy.checklist.Section;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Nothing of the seed checklist may be lost on the way to config/checklists/backend-engineer.yaml. */
class SeedCoverageTest {
    private static final List<String> REVIEW_HEADINGS = List.of("30-Day Review", "60-Day Review", "90-Day Review");
    private static final Map<String, String> SECTION_OF_HEADING = Map.of(
            "Week 1: Orientation & Setup", "week-1",
            "Week 2-4: Core Understanding", "weeks-2-4",
            "Learning & Development", "learning-development",
            "Relationship Building", "relationship-building",
            "Initial Responsibilities", "initial-responsibilities",
            "Full Responsibility Ownership", "full-responsibility-ownership",
            "Capability Development", "capability-development",
            "Artifact Ownership", "artifact-ownership");

    private static SeedChecklist seed;
    private static ChecklistTemplate template;

    @BeforeAll
    static void read() throws IOException {
        seed = SeedChecklist.read(Path.of("src/test/resources/seed/backend-engineer.md"));
        template = RealTemplatesTest.backendEngineer();
    }

    private static Section section(String id) {
        return template.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> split(String metrics) {
        return Arrays.asList(metrics.split(", "));
    }

    @Test
    void theSeedHasTheExpectedNumberOfCheckboxesSoTheParserInThisTestIsTrusted() {
        assertThat(seed.boxes()).hasSize(58);
    }

    @Test
    void everyCheckboxTitleOfTheSeedIsAnItemTitleOrAReviewCriterion() {
        List<String> titlesAndCriteria = template.items()
                .flatMap(item -> Stream.concat(Stream.of(item.title()), item.metrics().stream()))
                .toList();

        for (SeedChecklist.Box box : seed.boxes()) {
            String expected = box.heading().equals("Relationship Building")
                    ? "Meet the " + box.rest().replaceFirst("^with ", "") + " (" + box.title() + ")"
                    : box.title();
            assertThat(titlesAndCriteria).as("seed line '%s'", box.text()).contains(expected);
        }
    }

    @Test
    void eachGoalSectionListsTheSeedItemsInTheSeedOrder() {
        SECTION_OF_HEADING.forEach((heading, id) -> {
            List<String> seedTitles =
                    seed.under(heading).stream().map(SeedChecklist.Box::title).toList();
            List<String> yamlTitles = section(id).items().stream()
                    .map(ChecklistItem::title)
                    .map(title -> title.replaceFirst("^Meet the .+ \\((.+)\\)$", "$1"))
                    .toList();
            assertThat(yamlTitles).as(heading).isEqualTo(seedTitles);
        });
    }

    @Test
    void eachReviewChecksExactlyTheFourCriteriaListedUnderIt() {
        for (String heading : REVIEW_HEADINGS) {
            ChecklistItem review = section("success-metrics").items().stream()
                    .filter(item -> item.title().equals(heading))
                    .findFirst()
                    .orElseThrow();
            List<String> criteria =
                    seed.under(heading).stream().map(SeedChecklist.Box::text).toList();
            assertThat(criteria).hasSize(4);
            assertThat(review.metrics()).as(heading).isEqualTo(criteria);
            int day = Integer.parseInt(heading.substring(0, 2));
            assertThat(review.due()).isEqualTo(Period.day(day));
        }
    }

    @Test
    void relationshipsKeepCounterpartRelationMeetingWindowFocusAndCadence() {
        List<SeedChecklist.Box> boxes = seed.under("Relationship Building");
        List<ChecklistItem> items = section("relationship-building").items();
        for (int i = 0; i < boxes.size(); i++) {
            SeedChecklist.Box box = boxes.get(i);
            Relationship relationship = items.get(i).relationship().orElseThrow();
            assertThat(relationship.counterpartRole()).isEqualTo(box.rest().replaceFirst("^with ", ""));
            assertThat(relationship.relation()).isEqualTo(box.title());
            assertThat(relationship.meetWithin()).isEqualTo(Period.parse(box.field("Meet within")));
            assertThat(relationship.focus()).isEqualTo(box.field("Focus"));
            assertThat(relationship.cadence()).isEqualTo(box.field("Frequency going forward"));
            assertThat(items.get(i).release())
                    .isEqualTo(Period.day(relationship.meetWithin().firstDay()));
            assertThat(items.get(i).due()).isEqualTo(relationship.meetWithin());
        }
    }

    @Test
    void initialResponsibilitiesKeepTheShadowAndOwnershipNotesAndSplitSuccessMetrics() {
        List<SeedChecklist.Box> boxes = seed.under("Initial Responsibilities");
        List<ChecklistItem> items = section("initial-responsibilities").items();
        for (int i = 0; i < boxes.size(); i++) {
            SeedChecklist.Box box = boxes.get(i);
            assertThat(items.get(i).kind()).isEqualTo(ItemKind.RESPONSIBILITY);
            assertThat(items.get(i).notes())
                    .containsExactly(box.subLines().get(0), box.subLines().get(1));
            assertThat(items.get(i).metrics()).isEqualTo(split(box.field("Success metrics")));
        }
    }

    @Test
    void fullOwnershipKeepsPrimaryProficiencyCriteriaAndReviewWeek() {
        List<SeedChecklist.Box> boxes = seed.under("Full Responsibility Ownership");
        List<ChecklistItem> items = section("full-responsibility-ownership").items();
        for (int i = 0; i < boxes.size(); i++) {
            SeedChecklist.Box box = boxes.get(i);
            ChecklistItem item = items.get(i);
            String proficiency = box.rest().replaceFirst("^.*Expected proficiency: ", "");
            assertThat(item.details()).contains("Expected proficiency: " + proficiency);
            assertThat(item.details().contains("(Primary)"))
                    .isEqualTo(box.rest().contains("(Primary)"));
            assertThat(item.metrics()).isEqualTo(split(box.field("Success criteria")));
            assertThat(item.managerReview()).contains(Period.parse(box.field("Review with manager")));
        }
    }

    @Test
    void capabilitiesKeepTargetPlanAssessmentAndResources() {
        List<SeedChecklist.Box> boxes = seed.under("Capability Development");
        List<ChecklistItem> items = section("capability-development").items();
        for (int i = 0; i < boxes.size(); i++) {
            SeedChecklist.Box box = boxes.get(i);
            ChecklistItem item = items.get(i);
            assertThat(item.target()).contains(box.rest().replaceFirst("^- Target: ", ""));
            assertThat(item.details()).isEqualTo(box.field("Development plan"));
            assertThat(item.notes())
                    .anyMatch(note -> note.startsWith("Current assessment: "))
                    .contains("Resources: " + box.field("Resources"));
        }
    }

    @Test
    void artifactsKeepTheirTypeAndTheThreeSteps() {
        List<SeedChecklist.Box> boxes = seed.under("Artifact Ownership");
        List<ChecklistItem> items = section("artifact-ownership").items();
        for (int i = 0; i < boxes.size(); i++) {
            String type = boxes.get(i).rest().replaceAll("[()]", "");
            assertThat(items.get(i).details()).isEqualTo("Type: " + type);
            assertThat(items.get(i).notes()).isEqualTo(boxes.get(i).subLines());
        }
    }

    @Test
    void learningItemsKeepTheirDevelopmentSentence() {
        List<SeedChecklist.Box> boxes = seed.under("Learning & Development");
        List<ChecklistItem> items = section("learning-development").items();
        for (int i = 0; i < boxes.size(); i++) {
            assertThat(items.get(i).details()).isEqualTo(boxes.get(i).rest().replaceFirst("^: ", ""));
            assertThat(items.get(i).kind()).isEqualTo(ItemKind.LEARNING);
        }
    }

    @Test
    void notesAndFeedbackHeadingsBecomeManagerReviewsInTheirWeek() {
        List<ChecklistItem> items = section("notes-feedback").items();

        assertThat(items)
                .extracting(ChecklistItem::title)
                .containsExactly("Week 1 Notes", "Week 4 Review", "Week 8 Review", "Week 12 Review");
        for (ChecklistItem item : items) {
            int week = Integer.parseInt(item.title().split(" ")[1]);
            assertThat(item.release()).isEqualTo(Period.week(week));
            assertThat(item.due()).isEqualTo(Period.week(week));
            assertThat(item.isReview()).isTrue();
        }
    }

    @Test
    void resourcesKeepTechnologiesContactsWithTopicsAndDocumentation() {
        assertThat(template.resources())
                .extracting(Resource::group)
                .containsOnly("Technical Resources", "Internal Contacts", "Documentation");
        assertThat(template.resources())
                .filteredOn(r -> r.group().equals("Technical Resources"))
                .extracting(Resource::name)
                .containsExactly("Node.js", "Python", "PostgreSQL", "Redis", "Docker", "Kubernetes");
        assertThat(template.resources())
                .filteredOn(r -> r.group().equals("Internal Contacts"))
                .extracting(Resource::name, Resource::description)
                .contains(Tuple.tuple("Platform Engineer", "Infrastructure provisioning, deployment pipelines"))
                .hasSize(4);
        assertThat(template.resources())
                .filteredOn(r -> r.group().equals("Documentation"))
                .extracting(r -> r.name().toLowerCase(Locale.ROOT))
                .containsExactly("role profile", "team documentation", "process documentation");
    }
}
