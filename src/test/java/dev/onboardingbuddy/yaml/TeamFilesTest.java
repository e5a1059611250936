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
    void aValidFileGivesTheTeamWithItsChannelAndMembers() {
        LoadResult<Team> result = files.load(TEAMS.resolve("valid/payments.yaml"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.value())
                .contains(new Team(
                        "payments",
                        "Payments",
                        Optional.of("C0PAYMGRS"),
                        List.of(
                                new TeamMember("Frontend Engineer", ChatUserId.slack("U0FRONT"), "API contracts"),
                                new TeamMember("QA Engineer", ChatUserId.slack("W0QA"), ""))));
    }

    @Test
    void aTeamNamesItsManagersAndLeadsOnAnyPlatform() {
        LoadResult<TeamDirectory> result = files.loadDirectory(TEAMS.resolve("roles"));

        assertThat(result.problems()).isEmpty();
        TeamDirectory directory = result.value().orElseThrow();
        assertThat(directory.managers())
                .containsExactlyInAnyOrder(ChatUserId.slack("U0PAYMGR"), ChatUserId.msteams("29:1MaxManager"));
        assertThat(directory.ledBy(ChatUserId.slack("U0PAYLEAD"))).containsExactly("payments");
        assertThat(directory.ledBy(ChatUserId.slack("U0PAYMGR"))).isEmpty();
    }

    @Test
    void aLeadThatIsNotAUserIdIsNamedOnItsLine() {
        ValidationProblem problem = onlyProblem("roles-bad/bad-lead.yaml");

        assertThat(problem.message()).contains("leads has '@quinn', which is not a Slack user id");
    }

    @Test
    void theExampleTeamShippedInConfigLoadsWithoutAProblem() {
        LoadResult<TeamDirectory> result = files.loadDirectory(Path.of("config/teams"));

        assertThat(result.problems()).isEmpty();
        assertThat(result.value().orElseThrow().require("example").filling("frontend engineer"))
                .isPresent();
    }

    @Test
    void anUnknownFieldIsNamedOnItsLineWithTheAllowedFields() {
        ValidationProblem problem = onlyProblem("unknown-field.yaml");

        assertThat(problem.line()).isEqualTo(6);
        assertThat(problem.message()).contains("unknown field 'slack'", "role, person, topics");
    }

    @Test
    void aPersonThatIsNotAUserIdIsNamedOnItsLine() {
        ValidationProblem problem = onlyProblem("bad-person.yaml");

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.message()).contains("'@quinn' is not a Slack user id");
    }

    @Test
    void aManagerChannelThatIsNotAChannelIdIsNamedOnItsLine() {
        ValidationProblem problem = onlyProblem("bad-channel.yaml");

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("'#eng-managers' is not a channel id");
    }

    @Test
    void aRoleGivenTwiceWhateverItsCaseNamesBothLines() {
        ValidationProblem problem = onlyProblem("duplicate-role.yaml");

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.message()).contains("role 'frontend engineer' is already filled on line 4");
    }

    @Test
    void anIdThatDoesNotMatchTheFileNameIsNamedOnItsLine() {
        ValidationProblem problem = onlyProblem("wrong-id.yaml");

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.message()).contains("id 'payments' does not match the file name 'wrong-id.yaml'");
        assertThat(problem.toString()).startsWith(TEAMS.resolve("wrong-id.yaml") + ":2: ");
    }

    @Test
    void aDirectoryHoldsTheCleanFilesAndReportsEachBrokenOne() {
        LoadResult<TeamDirectory> result = files.loadDirectory(TEAMS);

        assertThat(result.isValid()).isFalse();
        assertThat(result.problems())
                .extracting(problem -> problem.file().getFileName().toString())
                .containsExactlyInAnyOrder(
                        "bad-channel.yaml",
                        "bad-person.yaml",
                        "duplicate-role.yaml",
                        "unknown-field.yaml",
                        "wrong-id.yaml");
        assertThat(files.loadDirectory(TEAMS.resolve("valid")).orElseThrow().ids())
                .containsExactly("payments");
    }

    @Test
    void aMissingDirectoryIsAnEmptyDirectory(@TempDir Path directory) {
        LoadResult<TeamDirectory> result = files.loadDirectory(directory.resolve("teams"));

        assertThat(result.isValid()).isTrue();
        assertThat(result.orElseThrow().ids()).isEmpty();
    }
}
