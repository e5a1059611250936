package dev.onboardingbuddy.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a checklist file can be wrong, each reported once, with its line. Fixtures: src/test/resources. */
class ChecklistValidationTest {
    private static final String ITEM_FIELDS =
            "key, title, details, kind, owner, release, due, notes, metrics, relationship, target, reviewWithManager";
    private static final String KINDS = "task, learning, relationship, responsibility, capability, artifact, review";
    private static final String PERIOD_FORMS = "write 'day 30', 'days 31-60', 'week 1' or 'weeks 2-4'";

    private final ChecklistFiles files = new ChecklistFiles();

    private static Path fixture(String name) {
        return Path.of("src/test/resources/checklists", name + ".yaml");
    }

    /** "line: message", leaving the file out since each test reads one file. */
    private List<String> problems(String name) {
        LoadResult<ChecklistTemplate> result = files.load(fixture(name));
        assertThat(result.value()).as("a file with problems yields no template").isEmpty();
        assertThat(result.problems())
                .allSatisfy(problem -> assertThat(problem.file()).isEqualTo(fixture(name)));
        return result.problems().stream()
                .map(problem -> problem.line() + ": " + problem.message())
                .toList();
    }

    @Test
    void aProblemReadsLikeACompilerMessageWithFileAndLine() {
        ValidationProblem problem = new ValidationProblem(
                Path.of("config/checklists/x.yaml"),
                12,
                "item 'foo': due 'week 1' ends before release 'week 2' starts");

        assertThat(problem)
                .hasToString(
                        "config/checklists/x.yaml:12: item 'foo': due 'week 1' ends before release 'week 2' starts");
    }

    @Test
    void unknownFieldsAreNamedWithTheAllowedOnesAtEveryLevel() {
        assertThat(problems("unknown-fields"))
                .containsExactly(
                        "3: template: unknown field 'colour'; allowed: id, version, role, mission, summary, programmeDays, "
                                + "sections, resources",
                        "11: item 'first': unknown field 'titel'; allowed: " + ITEM_FIELDS,
                        "16: item 'first' relationship: unknown field 'frequency'; allowed: role, relation, meetWithin, focus, "
                                + "cadence",
                        "17: section 'basics': unknown field 'deadline'; allowed: id, title, phase, release, due, kind, owner, items",
                        "21: resource 'Handbook': unknown field 'url'; allowed: group, name, description, link");
    }

    @Test
    void aDuplicateItemKeyIsReportedOnTheSecondAndNamesTheLineOfTheFirst() {
        assertThat(problems("duplicate-keys"))
                .containsExactly(
                        "13: section 'basics': id 'basics' is already used by the section on line 4",
                        "18: item 'meet-manager': key 'meet-manager' is already used by the item on line 9");
    }

    @Test
    void aDuePeriodThatEndsBeforeTheReleaseStartsIsRejectedEvenWhenInherited() {
        assertThat(problems("due-before-release"))
                .containsExactly(
                        "11: item 'explicit': due 'week 1' ends before release 'week 2' starts",
                        "14: item 'inherited': due 'weeks 1-2' ends before release 'week 3' starts",
                        "18: item 'no-due': 'due' is missing; give it on the item or as a default on its section");
    }

    @Test
    void periodsPastTheEndOfTheProgrammeAreRejectedWhereverTheyAppear() {
        assertThat(problems("past-the-end"))
                .containsExactly(
                        "7: section 'late': release 'days 80-95' ends on day 95, past the programme's 90 days",
                        "13: item 'review-week-13': due 'week 13' ends on day 91, past the programme's 90 days",
                        "18: item 'review-after': reviewWithManager 'week 14' ends on day 98, past the programme's 90 days");
    }

    @Test
    void missingOrBlankTitlesAndMissingOrMalformedKeysAreReported() {
        assertThat(problems("missing-title-and-key"))
                .containsExactly(
                        "9: item 'untitled': 'title' is missing",
                        "11: item 2 of section 'basics': 'key' is missing",
                        "12: item 'Meet Manager': key 'Meet Manager' must be lower-case letters and digits joined by '-', '_' or "
                                + "'.', such as 'meet-manager'",
                        "15: item 'blank-title': 'title' is missing");
    }

    @Test
    void badKindOwnerPeriodAndNumberValuesNameTheValidChoices() {
        assertThat(problems("bad-values"))
                .containsExactly(
                        "3: template: version 'two' must be a whole number above 0",
                        "7: section 'basics': kind 'chores' is not valid; choose one of: " + KINDS,
                        "13: item 'wrong-kind': kind 'chore' is not valid; choose one of: " + KINDS,
                        "16: item 'wrong-owner': owner 'boss' is not valid; choose one of: hire, manager, both",
                        "19: item 'wrong-period': release 'tomorrow' is not a period: " + PERIOD_FORMS,
                        "20: item 'wrong-period': due 'week one' is not a period: " + PERIOD_FORMS);
    }

    @Test
    void theTemplateIdMustMatchTheFileName() {
        assertThat(problems("wrong-file-name"))
                .containsExactly(
                        "1: template: id 'right-file-name' does not match the file name 'wrong-file-name.yaml'; "
                                + "rename the file or change the id");
    }

    @Test
    void anUnclosedQuoteIsInvalidYamlAndNamesTheLineItStartsOn() {
        assertThat(problems("syntax-error"))
                .singleElement()
                .asString()
                .startsWith("7: invalid YAML: found unexpected end of stream")
                .contains("starts on line 5");
    }

    @Test
    void badIndentationIsInvalidYamlOnTheLineThatBreaksIt() {
        assertThat(problems("bad-indentation")).singleElement().asString().startsWith("6: invalid YAML: ");
    }

    @Test
    void aFieldGivenTwiceInOneMappingIsReportedRatherThanSilentlyOverwritten() {
        assertThat(problems("repeated-field"))
                .containsExactly("11: item 'twice': field 'title' is given twice (first on line 10)");
    }

    @Test
    void valuesOfTheWrongShapeAreReportedWhereTheyAre() {
        assertThat(problems("wrong-shapes"))
                .containsExactly(
                        "10: item 'shapes': 'title' must be a single text value",
                        "11: item 'shapes': 'notes' must be a list ('- ...' lines)",
                        "12: item 'shapes' relationship: expected a mapping of fields, such as 'key: value'",
                        "13: item 2 of section 'basics': expected a mapping of fields, such as 'key: value'");
    }

    @Test
    void aFileWithoutIdRoleOrSectionsReportsAllThree() {
        assertThat(problems("missing-essentials"))
                .containsExactly(
                        "2: template: 'id' is missing",
                        "2: template: 'role' is missing",
                        "2: template: 'sections' is missing; a template needs at least one section of items");
    }

    @Test
    void anEmptyFileIsAProblemNotAnEmptyTemplate() {
        assertThat(problems("empty"))
                .containsExactly("1: the file is empty; expected a checklist template with id, role and sections");
    }

    @Test
    void aMissingFileIsReportedWithoutALine() {
        LoadResult<ChecklistTemplate> result = files.load(fixture("does-not-exist"));

        assertThat(result.problems())
                .singleElement()
                .satisfies(problem -> assertThat(problem.line()).isZero())
                .asString()
                .startsWith(fixture("does-not-exist") + ": cannot read the file");
    }

    @Test
    void orElseThrowListsEveryProblemOnePerLine() {
        assertThatThrownBy(() -> files.load(fixture("past-the-end")).orElseThrow())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(String.join(
                        "\n",
                        fixture("past-the-end") + ":7: section 'late': release 'days 80-95' ends on day 95, past the "
                                + "programme's 90 days",
                        fixture("past-the-end") + ":13: item 'review-week-13': due 'week 13' ends on day 91, past the "
                                + "programme's 90 days",
                        fixture("past-the-end")
                                + ":18: item 'review-after': reviewWithManager 'week 14' ends on day 98, past "
                                + "the programme's 90 days"));
    }

    @Test
    void aDirectoryYieldsTheGoodTemplatesAndTheProblemsOfTheOthersIncludingYmlFiles() {
        LoadResult<TemplateCatalog> result = files.loadDirectory(Path.of("src/test/resources/checklist-directory"));

        assertThat(result.value().orElseThrow().ids()).containsExactly("good");
        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .extracting(Object::toString)
                .containsExactly(
                        "src/test/resources/checklist-directory/broken.yaml:7: item 'only': due 'day 1' ends before release "
                                + "'week 2' starts",
                        "src/test/resources/checklist-directory/ignored.yml: is not loaded: rename it to end in .yaml");
    }

    @Test
    void aMissingDirectoryIsOneProblemAndAnEmptyCatalog() {
        LoadResult<TemplateCatalog> result = files.loadDirectory(Path.of("src/test/resources/no-such-directory"));

        assertThat(result.value().orElseThrow().size()).isZero();
        assertThat(result.problems()).extracting(ValidationProblem::message).containsExactly("is not a directory");
    }
}
