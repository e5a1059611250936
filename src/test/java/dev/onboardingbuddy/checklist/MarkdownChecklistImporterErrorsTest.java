package dev.onboardingbuddy.checklist;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Documents the importer refuses, and how it tells the author what to fix. */
class MarkdownChecklistImporterErrorsTest {
    private final MarkdownChecklistImporter importer = new MarkdownChecklistImporter();

    @Test
    void rejectsAnEmptyDocumentForHavingNoTitle() {
        assertThatThrownBy(() -> importer.importMarkdown("", new TemplateId("empty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no title");
    }

    @Test
    void rejectsADocumentWithNeitherTitleNorFrontMatterRole() {
        assertThatThrownBy(() -> importInvalid("no-title.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no title")
                .hasMessageContaining("# <Role> Onboarding Checklist");
    }

    @Test
    void rejectsADocumentWithoutAnyCheckbox() {
        assertThatThrownBy(() -> importInvalid("no-checkbox.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("no '- [ ]' checkbox");
    }

    @Test
    void rejectsAMeetWithinThatIsNoPeriodAndNamesItsLine() {
        assertThatThrownBy(() -> importInvalid("bad-meet-within.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith("line 7: ")
                .hasMessageContaining("'Meet within: as soon as possible' is not a period")
                .extracting(error -> ((ImportException) error).line())
                .isEqualTo(7);
    }

    @Test
    void rejectsAMeetWithinAfterTheLastDayOfTheProgramme() {
        assertThatThrownBy(() -> importInvalid("meet-within-after-programme.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 7")
                .hasMessageContaining("ends after day 90");
    }

    @Test
    void rejectsARelationshipWithoutMeetWithin() {
        assertThatThrownBy(() -> importInvalid("missing-meet-within.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 6")
                .hasMessageContaining("needs a nested '- Meet within: Week 1' line");
    }

    @Test
    void rejectsAReviewWithManagerThatIsNoPeriod() {
        assertThatThrownBy(() -> importInvalid("bad-manager-review.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 8")
                .hasMessageContaining("'Review with manager: monthly' is not a period");
    }

    @Test
    void rejectsACheckboxUnderResourcesRatherThanDroppingIt() {
        assertThatThrownBy(() -> importInvalid("checkbox-in-resources.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 11")
                .hasMessageContaining("Read the brand book");
    }

    @Test
    void rejectsACheckInThatDoesNotSayWhenItIsHeld() {
        assertThatThrownBy(() -> importInvalid("review-without-time.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 10")
                .hasMessageContaining("Final Review");
    }

    @Test
    void rejectsGoalsThatRunPastTheProgramme() {
        assertThatThrownBy(() -> importInvalid("goals-past-programme.md"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("120-Day Goals");
    }

    private ChecklistTemplate importInvalid(String name) {
        return importer.importMarkdown(Fixtures.read("import/invalid/" + name), new TemplateId("designer"));
    }
}
