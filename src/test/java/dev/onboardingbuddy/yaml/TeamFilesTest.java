package dev.onboardingbuddy.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Team;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.enrollment.TeamMember;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamFilesTest {
  private static final Path TEAMS = Path.of("src/test/resources/teams");
  private final TeamFiles files = new TeamFiles();

  private ValidationProblem onlyProblem(String file) {
    LoadResult<Team> result = files.load(TEAMS.resolve(file));
    assertThat(result.value()).isEmpty();
    assertThat(result.problems()).hasSize(1);
    return result.problems().get(0);
  }

  @Test
  void a_valid_file_gives_the_team_with_its_channel_and_members() {
    LoadResult<Team> result = files.load(TEAMS.resolve("valid/payments.yaml"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.value()).contains(new Team("payments", "Payments", Optional.of("C0PAYMGRS"), List.of(
        new TeamMember("Frontend Engineer", ChatUserId.slack("U0FRONT"), "API contracts"),
        new TeamMember("QA Engineer", ChatUserId.slack("W0QA"), ""))));
  }

  @Test
  void a_team_names_its_managers_and_leads_on_any_platform() {
    LoadResult<TeamDirectory> result = files.loadDirectory(TEAMS.resolve("roles"));

    assertThat(result.problems()).isEmpty();
    TeamDirectory directory = result.value().orElseThrow();
    assertThat(directory.managers()).containsExactlyInAnyOrder(ChatUserId.slack("U0PAYMGR"),
        ChatUserId.msteams("29:1MaxManager"));
    assertThat(directory.ledBy(ChatUserId.slack("U0PAYLEAD"))).containsExactly("payments");
    assertThat(directory.ledBy(ChatUserId.slack("U0PAYMGR"))).isEmpty();
  }

  @Test
  void a_lead_that_is_not_a_user_id_is_named_on_its_line() {
    ValidationProblem problem = onlyProblem("roles-bad/bad-lead.yaml");

    assertThat(problem.message()).contains("leads has '@quinn', which is not a Slack user id");
  }

  @Test
  void the_example_team_shipped_in_config_loads_without_a_problem() {
    LoadResult<TeamDirectory> result = files.loadDirectory(Path.of("config/teams"));

    assertThat(result.problems()).isEmpty();
    assertThat(result.value().orElseThrow().require("example").filling("frontend engineer")).isPresent();
  }

  @Test
  void an_unknown_field_is_named_on_its_line_with_the_allowed_fields() {
    ValidationProblem problem = onlyProblem("unknown-field.yaml");

    assertThat(problem.line()).isEqualTo(6);
    assertThat(problem.message()).contains("unknown field 'slack'", "role, person, topics");
  }

  @Test
  void a_person_that_is_not_a_user_id_is_named_on_its_line() {
    ValidationProblem problem = onlyProblem("bad-person.yaml");

    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.message()).contains("'@quinn' is not a Slack user id");
  }

  @Test
  void a_manager_channel_that_is_not_a_channel_id_is_named_on_its_line() {
    ValidationProblem problem = onlyProblem("bad-channel.yaml");

    assertThat(problem.line()).isEqualTo(3);
    assertThat(problem.message()).contains("'#eng-managers' is not a channel id");
  }

  @Test
  void a_role_given_twice_whatever_its_case_names_both_lines() {
    ValidationProblem problem = onlyProblem("duplicate-role.yaml");

    assertThat(problem.line()).isEqualTo(8);
    assertThat(problem.message()).contains("role 'frontend engineer' is already filled on line 4");
  }

  @Test
  void an_id_that_does_not_match_the_file_name_is_named_on_its_line() {
    ValidationProblem problem = onlyProblem("wrong-id.yaml");

    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.message()).contains("id 'payments' does not match the file name 'wrong-id.yaml'");
    assertThat(problem.toString()).startsWith(TEAMS.resolve("wrong-id.yaml") + ":2: ");
  }

  @Test
  void a_directory_holds_the_clean_files_and_reports_each_broken_one() {
    LoadResult<TeamDirectory> result = files.loadDirectory(TEAMS);

    assertThat(result.isValid()).isFalse();
    assertThat(result.problems()).extracting(problem -> problem.file().getFileName().toString())
        .containsExactlyInAnyOrder("bad-channel.yaml", "bad-person.yaml", "duplicate-role.yaml",
            "unknown-field.yaml", "wrong-id.yaml");
    assertThat(files.loadDirectory(TEAMS.resolve("valid")).orElseThrow().ids()).containsExactly("payments");
  }

  @Test
  void a_missing_directory_is_an_empty_directory(@TempDir Path directory) {
    LoadResult<TeamDirectory> result = files.loadDirectory(directory.resolve("teams"));

    assertThat(result.isValid()).isTrue();
    assertThat(result.orElseThrow().ids()).isEmpty();
  }
}
