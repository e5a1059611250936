package dev.onboardingbuddy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.testing.AccessPolicies;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.testing.InMemoryManagerGrants;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of the README's "Who may do what", one role at a time. */
class AccessPolicyTest {
    private static final ChatUserId ADMIN = ChatUserId.slack("UADMIN");
    private static final ChatUserId TEAMS_ADMIN = ChatUserId.msteams("29:1AdaAdmin");
    private static final ChatUserId LISTED = ChatUserId.slack("ULISTED");
    private static final ChatUserId TEAM_MANAGER = ChatUserId.slack("UTEAMMGR");
    private static final ChatUserId GRANTED = ChatUserId.slack("UGRANTED");
    private static final ChatUserId LEAD = ChatUserId.slack("ULEAD");
    private static final ChatUserId PEER = ChatUserId.slack("UPEER");
    private static final ChatUserId HIRE = ChatUserId.slack("UHIRE");
    private static final ChatUserId ENTRA_LEAD = ChatUserId.msteams("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static final ChatUserId TEAMS_LEAD = ChatUserId.msteams("29:1LeeLead");

    private final TeamDirectory teams = new TeamDirectory(List.of(new Team(
            "payments", "Payments", Optional.empty(), List.of(), List.of(TEAM_MANAGER), List.of(LEAD, ENTRA_LEAD))));
    private final InMemoryManagerGrants grants = new InMemoryManagerGrants();
    private final AccessPolicy policy = new AccessPolicy(
            Set.of(ADMIN, TEAMS_ADMIN),
            user -> Optional.ofNullable(Map.of(TEAMS_LEAD, ENTRA_LEAD).get(user)),
            new KnownManagers(Set.of(LISTED), teams, grants),
            teams);

    private static Hire hire(ChatUserId manager, Optional<String> team) {
        return Hires.anActiveHire().user(HIRE).managedBy(manager).inTeam(team).build();
    }

    @Test
    void onceAdminsAreSetAPlainMemberMayNotEnrolAndIsToldTheAdminsOfTheirPlatform() {
        assertThat(policy.enrolRefusal(PEER, PEER)).contains(new Refusal.NotAManager(List.of(ADMIN)));
        assertThat(policy.enrolRefusal(ChatUserId.msteams("29:1Someone"), ChatUserId.msteams("29:1Someone")))
                .contains(new Refusal.NotAManager(List.of(TEAMS_ADMIN)));
    }

    @Test
    void managersFromSettingsTeamFilesAndGrantsEnrolTheirOwnHiresOnly() {
        grants.grant(GRANTED, ADMIN, Instant.EPOCH);

        for (ChatUserId manager : List.of(LISTED, TEAM_MANAGER, GRANTED)) {
            assertThat(policy.mayEnrol(manager, manager)).as("%s", manager).isTrue();
            assertThat(policy.enrolRefusal(manager, PEER)).contains(new Refusal.MayNotEnrol());
        }
        assertThat(policy.mayEnrol(ADMIN, PEER)).isTrue();
    }

    @Test
    void withNoAdminsAnyoneMayEnrolAHireTheyManageAsBefore() {
        AccessPolicy trial = AccessPolicies.adminsOnly(Set.of());

        assertThat(trial.mayEnrol(PEER, PEER)).isTrue();
        assertThat(trial.enrolRefusal(PEER, HIRE)).contains(new Refusal.MayNotEnrol());
    }

    @Test
    void aLeadSeesTheHiresOfTheirTeamButChangesNothingAndReadsNoHistory() {
        Hire payments = hire(TEAM_MANAGER, Optional.of("payments"));
        Hire elsewhere = hire(TEAM_MANAGER, Optional.empty());

        assertThat(policy.maySee(LEAD, payments)).isTrue();
        assertThat(policy.maySee(TEAMS_LEAD, payments))
                .as("listed by Entra object id")
                .isTrue();
        assertThat(policy.maySee(LEAD, elsewhere)).isFalse();
        assertThat(policy.mayManage(LEAD, payments)).isFalse();
        assertThat(policy.mayReadHistory(LEAD, payments)).isFalse();
        assertThat(policy.mayReadHistory(TEAM_MANAGER, payments)).isTrue();
    }
}
