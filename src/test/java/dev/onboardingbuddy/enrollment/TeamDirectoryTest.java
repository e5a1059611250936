package dev.onboardingbuddy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeamDirectoryTest {
    private static Team team(String id) {
        return new Team(id, id, Optional.empty(), List.of(new TeamMember("QA Engineer", ChatUserId.slack("U0QA"), "")));
    }

    @Test
    void requiringAnUnknownTeamListsTheTeamsOneCouldHaveTyped() {
        TeamDirectory teams = new TeamDirectory(List.of(team("payments"), team("example")));

        assertThatThrownBy(() -> teams.require("paymnets"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown team 'paymnets'; choose one of: example, payments");
    }

    @Test
    void requiringATeamWhenNoneIsConfiguredSaysWhereTeamsAreConfigured() {
        assertThatThrownBy(() -> TeamDirectory.empty().require("payments"))
                .hasMessage("unknown team 'payments'; choose one of: (none configured in config/teams)");
    }

    @Test
    void aTeamGivenTwiceIsRefused() {
        assertThatThrownBy(() -> new TeamDirectory(List.of(team("payments"), team("payments"))))
                .hasMessageContaining("team 'payments' is given twice");
    }

    @Test
    void aRoleIsFilledWhateverItsCaseAndSurroundingSpaces() {
        assertThat(team("payments").filling(" qa engineer "))
                .map(TeamMember::person)
                .contains(ChatUserId.slack("U0QA"));
        assertThat(team("payments").filling("Frontend Engineer")).isEmpty();
    }
}
