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
    assertThat(result.problems()).allSatisfy(problem -> assertThat(problem.file()).isEqualTo(fixture(name)));
    return result.problems().stream().map(problem -> problem.line() + ": " + problem.message()).toList();
  }

  @Test
  void a_problem_reads_like_a_compiler_message_with_file_and_line() {
    ValidationProblem problem = new ValidationProblem(Path.of("config/checklists/x.yaml"), 12,
        "item 'foo': due 'week 1' ends before release 'week 2' starts");

    assertThat(problem).hasToString(
        "config/checklists/x.yaml:12: item 'foo': due 'week 1' ends before release 'week 2' starts");
  }

  @Test
  void unknown_fields_are_named_with_the_allowed_ones_at_every_level() {
    assertThat(problems("unknown-fields")).containsExactly(
        "3: template: unknown field 'colour'; allowed: id, version, role, mission, summary, programmeDays, "
            + "sections, resources",
        "11: item 'first': unknown field 'titel'; allowed: " + ITEM_FIELDS,
        "16: item 'first' relationship: unknown field 'frequency'; allowed: role, relation, meetWithin, focus, "
            + "cadence",
        "17: section 'basics': unknown field 'deadline'; allowed: id, title, phase, release, due, kind, owner, items",
        "21: resource 'Handbook': unknown field 'url'; allowed: group, name, description, link");
  }

  @Test
  void a_duplicate_item_key_is_reported_on_the_second_and_names_the_line_of_the_first() {
    assertThat(problems("duplicate-keys")).containsExactly(
        "13: section 'basics': id 'basics' is already used by the section on line 4",
        "18: item 'meet-manager': key 'meet-manager' is already used by the item on line 9");
  }

  @Test
  void a_due_period_that_ends_before_the_release_starts_is_rejected_even_when_inherited() {
    assertThat(problems("due-before-release")).containsExactly(
        "11: item 'explicit': due 'week 1' ends before release 'week 2' starts",
        "14: item 'inherited': due 'weeks 1-2' ends before release 'week 3' starts",
        "18: item 'no-due': 'due' is missing; give it on the item or as a default on its section");
  }

  @Test
  void periods_past_the_end_of_the_programme_are_rejected_wherever_they_appear() {
    assertThat(problems("past-the-end")).containsExactly(
        "7: section 'late': release 'days 80-95' ends on day 95, past the programme's 90 days",
        "13: item 'review-week-13': due 'week 13' ends on day 91, past the programme's 90 days",
        "18: item 'review-after': reviewWithManager 'week 14' ends on day 98, past the programme's 90 days");
  }

  @Test
  void missing_or_blank_titles_and_missing_or_malformed_keys_are_reported() {
    assertThat(problems("missing-title-and-key")).containsExactly(
        "9: item 'untitled': 'title' is missing",
        "11: item 2 of section 'basics': 'key' is missing",
        "12: item 'Meet Manager': key 'Meet Manager' must be lower-case letters and digits joined by '-', '_' or "
            + "'.', such as 'meet-manager'",
        "15: item 'blank-title': 'title' is missing");
  }

  @Test
  void bad_kind_owner_period_and_number_values_name_the_valid_choices() {
    assertThat(problems("bad-values")).containsExactly(
        "3: template: version 'two' must be a whole number above 0",
        "7: section 'basics': kind 'chores' is not valid; choose one of: " + KINDS,
        "13: item 'wrong-kind': kind 'chore' is not valid; choose one of: " + KINDS,
        "16: item 'wrong-owner': owner 'boss' is not valid; choose one of: hire, manager, both",
        "19: item 'wrong-period': release 'tomorrow' is not a period: " + PERIOD_FORMS,
        "20: item 'wrong-period': due 'week one' is not a period: " + PERIOD_FORMS);
  }

  @Test
  void the_template_id_must_match_the_file_name() {
    assertThat(problems("wrong-file-name")).containsExactly(
        "1: template: id 'right-file-name' does not match the file name 'wrong-file-name.yaml'; "
            + "rename the file or change the id");
  }

  @Test
  void an_unclosed_quote_is_invalid_yaml_and_names_the_line_it_starts_on() {
    assertThat(problems("syntax-error")).singleElement().asString()
        .startsWith("7: invalid YAML: found unexpected end of stream")
        .contains("starts on line 5");
  }

  @Test
  void bad_indentation_is_invalid_yaml_on_the_line_that_breaks_it() {
    assertThat(problems("bad-indentation")).singleElement().asString().startsWith("6: invalid YAML: ");
  }

  @Test
  void a_field_given_twice_in_one_mapping_is_reported_rather_than_silently_overwritten() {
    assertThat(problems("repeated-field")).containsExactly(
        "11: item 'twice': field 'title' is given twice (first on line 10)");
  }

  @Test
  void values_of_the_wrong_shape_are_reported_where_they_are() {
    assertThat(problems("wrong-shapes")).containsExactly(
        "10: item 'shapes': 'title' must be a single text value",
        "11: item 'shapes': 'notes' must be a list ('- ...' lines)",
        "12: item 'shapes' relationship: expected a mapping of fields, such as 'key: value'",
        "13: item 2 of section 'basics': expected a mapping of fields, such as 'key: value'");
  }

  @Test
  void a_file_without_id_role_or_sections_reports_all_three() {
    assertThat(problems("missing-essentials")).containsExactly(
        "2: template: 'id' is missing",
        "2: template: 'role' is missing",
        "2: template: 'sections' is missing; a template needs at least one section of items");
  }

  @Test
  void an_empty_file_is_a_problem_not_an_empty_template() {
    assertThat(problems("empty")).containsExactly(
        "1: the file is empty; expected a checklist template with id, role and sections");
  }

  @Test
  void a_missing_file_is_reported_without_a_line() {
    LoadResult<ChecklistTemplate> result = files.load(fixture("does-not-exist"));

    assertThat(result.problems()).singleElement()
        .satisfies(problem -> assertThat(problem.line()).isZero())
        .asString().startsWith(fixture("does-not-exist") + ": cannot read the file");
  }

  @Test
  void or_else_throw_lists_every_problem_one_per_line() {
    assertThatThrownBy(() -> files.load(fixture("past-the-end")).orElseThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(String.join("\n",
            fixture("past-the-end") + ":7: section 'late': release 'days 80-95' ends on day 95, past the "
                + "programme's 90 days",
            fixture("past-the-end") + ":13: item 'review-week-13': due 'week 13' ends on day 91, past the "
                + "programme's 90 days",
            fixture("past-the-end") + ":18: item 'review-after': reviewWithManager 'week 14' ends on day 98, past "
                + "the programme's 90 days"));
  }

  @Test
  void a_directory_yields_the_good_templates_and_the_problems_of_the_others_including_yml_files() {
    LoadResult<TemplateCatalog> result = files.loadDirectory(Path.of("src/test/resources/checklist-directory"));

    assertThat(result.value().orElseThrow().ids()).containsExactly("good");
    assertThat(result.isValid()).isFalse();
    assertThat(result.problems()).extracting(Object::toString).containsExactly(
        "src/test/resources/checklist-directory/broken.yaml:7: item 'only': due 'day 1' ends before release "
            + "'week 2' starts",
        "src/test/resources/checklist-directory/ignored.yml: is not loaded: rename it to end in .yaml");
  }

  @Test
  void a_missing_directory_is_one_problem_and_an_empty_catalog() {
    LoadResult<TemplateCatalog> result = files.loadDirectory(Path.of("src/test/resources/no-such-directory"));

    assertThat(result.value().orElseThrow().size()).isZero();
    assertThat(result.problems()).extracting(ValidationProblem::message).containsExactly("is not a directory");
  }
}
