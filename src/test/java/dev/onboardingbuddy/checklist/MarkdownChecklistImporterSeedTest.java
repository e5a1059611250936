package dev.onboardingbuddy.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The importer on the generated backend engineer checklist the project was seeded with. */
class MarkdownChecklistImporterSeedTest {
    private static final String SEED = "seed/backend-engineer.md";
    private static final Pattern CHECKBOX = Pattern.compile("\\s*- \\[ \\]\\s+(?:\\*\\*(.+?)\\*\\*.*|(.+))");

    private final ChecklistTemplate template = Fixtures.importFixture(SEED, "backend-engineer");

    @Test
    void findsEveryCheckboxTitleInAnItemTitleOrAmongReviewCriteria() {
        List<String> itemTitles = template.items()
                .filter(item -> !item.isReview())
                .map(ChecklistItem::title)
                .toList();
        List<String> criteria = template.items()
                .filter(ChecklistItem::isReview)
                .flatMap(review -> review.metrics().stream())
                .toList();
        List<String> titles = checkboxTitles();

        assertThat(titles).hasSize(58);
        // A relationship's title wraps the bold relation: "Meet the Frontend Engineer (Provides API)".
        assertThat(titles)
                .allSatisfy(title -> assertThat(criteria.contains(title)
                                || itemTitles.stream().anyMatch(itemTitle -> itemTitle.contains(title)))
                        .as("'%s' is imported", title)
                        .isTrue());
    }

    @Test
    void importsAsManyItemsAndCriteriaAsTheDocumentHasCheckboxes() {
        long items = template.items().filter(item -> !item.isReview()).count();
        long criteria = template.items()
                .filter(ChecklistItem::isReview)
                .mapToLong(item -> item.metrics().size())
                .sum();

        assertThat(items + criteria).isEqualTo(checkboxTitles().size());
    }

    @Test
    void givesEachCheckInFourCriteria() {
        assertThat(template.items().filter(item -> item.title().endsWith("-Day Review")))
                .extracting(ChecklistItem::title)
                .containsExactly("30-Day Review", "60-Day Review", "90-Day Review");
        assertThat(template.items().filter(item -> item.title().endsWith("-Day Review")))
                .allSatisfy(review -> assertThat(review.metrics()).hasSize(4));
    }

    @Test
    void readsMeetWithinOfEachRelationshipIncludingAWeekRange() {
        assertThat(template.items().flatMap(item -> item.relationship().stream()))
                .extracting(Relationship::counterpartRole, Relationship::meetWithin)
                .containsExactly(
                        tuple("Frontend Engineer", Period.week(1)),
                        tuple("Data Engineer", Period.week(2)),
                        tuple("Platform Engineer", Period.weeks(3, 4)),
                        tuple("QA Engineer", Period.week(1)));
    }

    @Test
    void keepsEveryPeriodWithinTheProgrammeAndNothingDueBeforeItIsReleased() {
        assertThat(template.items()).allSatisfy(item -> {
            Stream.of(
                            Optional.of(item.release()),
                            Optional.of(item.due()),
                            item.managerReview(),
                            item.relationship().map(Relationship::meetWithin))
                    .flatMap(Optional::stream)
                    .forEach(period ->
                            assertThat(period.lastDay()).as(item.key().value()).isBetween(1, 90));
            assertThat(item.due().lastDay())
                    .as(item.key().value())
                    .isGreaterThanOrEqualTo(item.release().firstDay());
        });
    }

    @Test
    void countsTheItemsOfEachSectionAsWritten() {
        assertThat(template.sections())
                .extracting(section -> section.items().size())
                .containsExactly(10, 9, 4, 4, 4, 4, 6, 5, 3, 4);
        assertThat(template.itemCount()).isEqualTo(53);
    }

    @Test
    void reviewsThePrimaryResponsibilityWithTheManagerInWeekFourAndTheOthersInWeekEight() {
        assertThat(template.items().filter(item -> item.managerReview().isPresent()))
                .extracting(ChecklistItem::details, item -> item.managerReview().orElseThrow())
                .containsExactly(
                        tuple("(Primary) Expected proficiency: Expert execution + mentoring", Period.week(4)),
                        tuple("Expected proficiency: Expert execution + mentoring", Period.week(8)),
                        tuple("Expected proficiency: Expert execution + mentoring", Period.week(8)),
                        tuple("Expected proficiency: Expert execution + mentoring", Period.week(8)));
    }

    @Test
    void groupsTheSeedResourcesByHeading() {
        assertThat(template.resources())
                .extracting(Resource::group)
                .containsOnly("Technical Resources", "Internal Contacts", "Documentation");
        assertThat(template.resources().stream()
                        .filter(resource -> resource.group().equals("Internal Contacts")))
                .extracting(Resource::name)
                .containsExactly("Frontend Engineer", "Data Engineer", "Platform Engineer", "QA Engineer");
        assertThat(template.resources()).hasSize(13);
    }

    @Test
    void takesTheRoleAndMissionFromTheSeed() {
        assertThat(template.role()).isEqualTo("Backend Engineer");
        assertThat(template.mission()).startsWith("Build robust, scalable, and secure server-side systems");
        assertThat(template.summary()).startsWith("Develops and maintains server-side applications");
    }

    /** The bold part of a checkbox, or its whole text: what a reader would call the item's title. */
    private static List<String> checkboxTitles() {
        return Fixtures.read(SEED)
                .lines()
                .map(CHECKBOX::matcher)
                .filter(Matcher::matches)
                .map(matcher -> (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)).strip())
                .toList();
    }
}
