package dev.onboardingbuddy.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The importer on a hand-written data analyst checklist that uses every construct of the format. */
class MarkdownChecklistImporterTest {
    private final ChecklistTemplate template = Fixtures.importFixture("import/data-analyst.md", "data-analyst");

    @Test
    void takesTheRoleFromTheTitleAndMissionAndSummaryFromTheOverview() {
        assertThat(template.id()).isEqualTo(new TemplateId("data-analyst"));
        assertThat(template.version()).isEqualTo(1);
        assertThat(template.programmeDays()).isEqualTo(90);
        assertThat(template.role()).isEqualTo("Data Analyst");
        assertThat(template.mission())
                .isEqualTo("Turn raw business data into trusted insights that drive product and commercial decisions.");
        assertThat(template.summary())
                .startsWith("Builds dashboards, models metrics")
                .endsWith("on experiments.");
    }

    @Test
    void makesOneSectionPerThirdLevelHeadingInItsPhaseWithAllItsCheckboxes() {
        assertThat(template.sections())
                .extracting(
                        Section::id, Section::phase, section -> section.items().size())
                .containsExactly(
                        tuple("week-1-orientation-setup", "30-Day Goals (Foundation)", 3),
                        tuple("week-2-4-core-understanding", "30-Day Goals (Foundation)", 4),
                        tuple("learning-development", "60-Day Goals (Integration)", 2),
                        tuple("relationship-building", "60-Day Goals (Integration)", 2),
                        tuple("initial-responsibilities", "60-Day Goals (Integration)", 1),
                        tuple("stakeholder-reporting", "60-Day Goals (Integration)", 1),
                        tuple("full-responsibility-ownership", "90-Day Goals (Ownership)", 2),
                        tuple("capability-development", "90-Day Goals (Ownership)", 1),
                        tuple("artifact-ownership", "90-Day Goals (Ownership)", 1),
                        tuple("success-metrics-check-ins", "", 3),
                        tuple("notes-feedback", "", 2));
        assertThat(section("week-1-orientation-setup").title()).isEqualTo("Week 1: Orientation & Setup");
    }

    @Test
    void releasesAWeekSectionInItsFirstWeekAndMakesItDueByItsLastWeek() {
        assertThat(section("week-1-orientation-setup").items()).allSatisfy(item -> {
            assertThat(item.release()).isEqualTo(Period.week(1));
            assertThat(item.due()).isEqualTo(Period.week(1));
        });
        assertThat(section("week-2-4-core-understanding").items()).allSatisfy(item -> {
            assertThat(item.release()).isEqualTo(Period.week(2));
            assertThat(item.due()).isEqualTo(Period.weeks(2, 4));
        });
    }

    @Test
    void treatsTasksThatStartWithLearnAssessOrDeepDiveAsLearning() {
        assertThat(section("week-1-orientation-setup").items())
                .extracting(ChecklistItem::title, ChecklistItem::kind)
                .containsExactly(
                        tuple("Complete IT setup and warehouse access", ItemKind.TASK),
                        tuple("Meet with direct manager to agree first priorities", ItemKind.TASK),
                        tuple("Learn the metric definitions in the data catalogue", ItemKind.LEARNING));
        assertThat(section("week-2-4-core-understanding").items())
                .extracting(ChecklistItem::kind)
                .containsExactly(ItemKind.LEARNING, ItemKind.LEARNING, ItemKind.TASK, ItemKind.TASK);
    }

    @Test
    void givesAMeetWithTaskToHireAndManagerAndOtherTasksToTheHire() {
        assertThat(section("week-1-orientation-setup").items())
                .extracting(ChecklistItem::owner)
                .containsExactly(Owner.HIRE, Owner.BOTH, Owner.HIRE);
    }

    @Test
    void schedulesOtherSectionsOverTheDaysOfTheirGoalPhase() {
        assertThat(itemsOf("learning-development", "initial-responsibilities", "stakeholder-reporting"))
                .allSatisfy(item -> {
                    assertThat(item.release()).isEqualTo(new Period(31, 60));
                    assertThat(item.due()).isEqualTo(new Period(31, 60));
                });
        assertThat(itemsOf("full-responsibility-ownership", "capability-development", "artifact-ownership"))
                .allSatisfy(item -> {
                    assertThat(item.release()).isEqualTo(new Period(61, 90));
                    assertThat(item.due()).isEqualTo(new Period(61, 90));
                });
    }

    @Test
    void keepsItemsOfAnUnknownSectionAsHireTasks() {
        ChecklistItem item = section("stakeholder-reporting").items().get(0);

        assertThat(item.title()).isEqualTo("Present one analysis at the monthly business review");
        assertThat(item.kind()).isEqualTo(ItemKind.TASK);
        assertThat(item.owner()).isEqualTo(Owner.HIRE);
    }

    @Test
    void takesTheBoldPartAsTitleAndTheRestAsDetailsOfALearningItem() {
        assertThat(section("learning-development").items())
                .extracting(ChecklistItem::title, ChecklistItem::details, ChecklistItem::kind)
                .containsExactly(
                        tuple("SQL", "Write performant window queries over the event tables", ItemKind.LEARNING),
                        tuple(
                                "Experimentation",
                                "Design and read out an A/B test with a product manager",
                                ItemKind.LEARNING));
    }

    @Test
    void readsWhomToMeetHowTheyRelateWhatToDiscussAndHowOften() {
        assertThat(section("relationship-building").items())
                .extracting(ChecklistItem::title, item -> item.relationship().orElseThrow())
                .containsExactly(
                        tuple(
                                "Meet the Analytics Engineer (Consumes models from)",
                                new Relationship(
                                        "Analytics Engineer",
                                        "Consumes models from",
                                        Period.week(2),
                                        "Model ownership, freshness guarantees, change requests",
                                        "weekly")),
                        tuple(
                                "Meet the Head of Product (Reports to)",
                                new Relationship(
                                        "Head of Product",
                                        "Reports to",
                                        Period.weeks(3, 4),
                                        "Product questions the team wants answered",
                                        "bi-weekly")));
        assertThat(section("relationship-building").items()).allSatisfy(item -> {
            assertThat(item.kind()).isEqualTo(ItemKind.RELATIONSHIP);
            assertThat(item.owner()).isEqualTo(Owner.HIRE);
        });
    }

    @Test
    void releasesARelationshipOnTheFirstDayOfMeetWithinAndKeepsFreeLinesAsNotes() {
        ChecklistItem headOfProduct = section("relationship-building").items().get(1);

        assertThat(headOfProduct.release()).isEqualTo(Period.day(15));
        assertThat(headOfProduct.due()).isEqualTo(Period.weeks(3, 4));
        assertThat(headOfProduct.notes()).containsExactly("Bring the current KPI deck");
        assertThat(section("relationship-building").items().get(0).notes()).isEmpty();
    }

    @Test
    void keepsShadowStepsOfAnInitialResponsibilityAsNotesAndSplitsItsMetrics() {
        ChecklistItem report = section("initial-responsibilities").items().get(0);

        assertThat(report.kind()).isEqualTo(ItemKind.RESPONSIBILITY);
        assertThat(report.title()).isEqualTo("Weekly KPI report");
        assertThat(report.notes())
                .containsExactly("Shadow current owner for 2 weeks", "Take on full ownership with strategic guidance");
        assertThat(report.metrics()).containsExactly("published by Monday 10:00", "zero restated numbers");
        assertThat(report.managerReview()).isEmpty();
    }

    @Test
    void givesAFullResponsibilityItsProficiencyCriteriaAndManagerReview() {
        assertThat(section("full-responsibility-ownership").items())
                .extracting(
                        ChecklistItem::title,
                        ChecklistItem::details,
                        ChecklistItem::metrics,
                        ChecklistItem::managerReview)
                .containsExactly(
                        tuple(
                                "Weekly KPI report",
                                "(Primary) Expected proficiency: Independent execution",
                                List.of(
                                        "published by Monday 10:00",
                                        "zero restated numbers",
                                        "stakeholder NPS above 40"),
                                Optional.of(Period.week(10))),
                        tuple(
                                "Experiment readouts",
                                "Expected proficiency: Supported execution",
                                List.of("readout within 3 days of test end"),
                                Optional.of(Period.week(6))));
        assertThat(section("full-responsibility-ownership").items())
                .allSatisfy(item -> assertThat(item.notes()).isEmpty());
    }

    @Test
    void givesACapabilityItsTargetPlanAssessmentAndResources() {
        ChecklistItem sql = section("capability-development").items().get(0);

        assertThat(sql.kind()).isEqualTo(ItemKind.CAPABILITY);
        assertThat(sql.title()).isEqualTo("SQL");
        assertThat(sql.target()).contains("Advanced");
        assertThat(sql.details()).isEqualTo("Pair on query reviews with the analytics engineers");
        assertThat(sql.notes())
                .containsExactly(
                        "Current assessment: ___________",
                        "Resources: Internal SQL style guide and the warehouse cost dashboard");
    }

    @Test
    void takesAnArtifactTypeFromTheParenthesesAndItsStepsAsNotes() {
        ChecklistItem dashboard = section("artifact-ownership").items().get(0);

        assertThat(dashboard.kind()).isEqualTo(ItemKind.ARTIFACT);
        assertThat(dashboard.title()).isEqualTo("KPI dashboard");
        assertThat(dashboard.details()).isEqualTo("Type: dashboard");
        assertThat(dashboard.notes())
                .containsExactly("Understand current state and ownership", "Document any issues or gaps");
    }

    @Test
    void turnsEachCheckInIntoOneManagerReviewOnItsDayWithItsCriteria() {
        assertThat(section("success-metrics-check-ins").items())
                .extracting(
                        ChecklistItem::key,
                        ChecklistItem::release,
                        ChecklistItem::due,
                        item -> item.metrics().size())
                .containsExactly(
                        tuple(new ItemKey("30-day-review"), Period.day(30), Period.day(30), 3),
                        tuple(new ItemKey("60-day-review"), Period.day(60), Period.day(60), 2),
                        tuple(new ItemKey("90-day-review"), Period.day(90), Period.day(90), 4));
        assertThat(section("success-metrics-check-ins").items().get(1).metrics())
                .containsExactly("Owns the weekly KPI report", "Shipped one analysis end to end");
        assertThat(section("success-metrics-check-ins").items()).allSatisfy(review -> {
            assertThat(review.kind()).isEqualTo(ItemKind.REVIEW);
            assertThat(review.owner()).isEqualTo(Owner.MANAGER);
        });
    }

    @Test
    void turnsEachNotesAndFeedbackHeadingIntoAManagerReviewInItsWeek() {
        List<ChecklistItem> reviews = section("notes-feedback").items();

        assertThat(reviews)
                .extracting(
                        ChecklistItem::title,
                        ChecklistItem::release,
                        ChecklistItem::due,
                        ChecklistItem::kind,
                        ChecklistItem::owner)
                .containsExactly(
                        tuple("Week 1 Notes", Period.week(1), Period.week(1), ItemKind.REVIEW, Owner.MANAGER),
                        tuple("Week 6 Review", Period.week(6), Period.week(6), ItemKind.REVIEW, Owner.MANAGER));
        assertThat(reviews.get(0).metrics()).isEmpty();
        assertThat(reviews.get(0).notes())
                .as("the italic Date/Reviewer prompt is no note")
                .isEmpty();
        assertThat(reviews.get(1).metrics()).containsExactly("Discussed the first experiment readout");
        assertThat(reviews.get(1).notes()).containsExactly("Agree the next quarter's analysis roadmap");
    }

    @Test
    void groupsResourcesByTheirHeadingAndTakesLinksFromMarkdownLinks() {
        assertThat(template.resources())
                .containsExactly(
                        new Resource("Technical Resources", "dbt", "dbt docs", "https://docs.getdbt.com"),
                        new Resource("Technical Resources", "Looker", "[Add resource links during onboarding]", ""),
                        new Resource("Internal Contacts", "Analytics Engineer", "models, freshness, lineage", ""),
                        new Resource("Documentation", "Metric catalogue", "[Add during onboarding]", ""));
    }

    @Test
    void numbersRepeatedTitlesSoEveryKeyIsUniqueValidAndShort() {
        List<String> keys = template.items().map(item -> item.key().value()).toList();

        assertThat(keys).doesNotHaveDuplicates().allMatch(ItemKey::isValid);
        assertThat(keys).allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(40));
        assertThat(keys).contains("sql", "sql-2", "weekly-kpi-report", "weekly-kpi-report-2");
        assertThat(section("week-2-4-core-understanding").items().get(3).key())
                .isEqualTo(new ItemKey("reconcile-the-weekly-active-users"));
    }

    @Test
    void importsTheSameDocumentToTheSameTemplateEveryTime() {
        ChecklistTemplate again = Fixtures.importFixture("import/data-analyst.md", "data-analyst");

        assertThat(again).isEqualTo(template);
    }

    @Test
    void turnsEveryCheckboxIntoAnItemOrAReviewCriterion() {
        long checkboxes = Fixtures.read("import/data-analyst.md")
                .lines()
                .filter(line -> line.strip().startsWith("- [ ]"))
                .count();
        long items = template.items().filter(item -> !item.isReview()).count();
        long criteria = template.items()
                .filter(ChecklistItem::isReview)
                .mapToLong(item -> item.metrics().size())
                .sum();

        assertThat(items + criteria).isEqualTo(checkboxes).isEqualTo(27);
    }

    @Test
    void takesTheRoleFromTheFrontMatterWhenTheTitleIsMissing() {
        ChecklistTemplate designer = Fixtures.importFixture("import/front-matter-role-only.md", "designer");

        assertThat(designer.role()).isEqualTo("Product Designer");
        assertThat(designer.mission()).isEmpty();
        assertThat(designer.itemCount()).isEqualTo(1);
    }

    private Section section(String id) {
        return template.sections().stream()
                .filter(section -> section.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no section " + id));
    }

    private List<ChecklistItem> itemsOf(String... sectionIds) {
        return List.of(sectionIds).stream()
                .flatMap(id -> section(id).items().stream())
                .toList();
    }
}
