package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.checklist.TemplateId;
import dev.onboardingbuddy.enrollment.AlreadyEnrolledException;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.enrollment.HireSearch;
import dev.onboardingbuddy.enrollment.HireStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link HireRepository} does; subclasses supply the implementation under test. */
public abstract class HireRepositoryContract {

    private static final Instant ENROLLED = Instant.parse("2025-03-03T09:00:00Z");

    private HireRepository hires;

    /** A new, empty repository; called before each test. */
    protected abstract HireRepository newRepository();

    @BeforeEach
    void createRepository() {
        hires = newRepository();
    }

    /** A hire with every optional field set, so a round trip proves each column. */
    public static Hire hire(String user, String manager, HireStatus status, Instant enrolledAt) {
        return Hires.anActiveHire()
                .user(user)
                .managedBy(manager)
                .withBuddy("UBUDDY")
                .on(new TemplateId("backend-engineer"), 3)
                .startingOn(LocalDate.of(2025, 3, 10))
                .in(ZoneId.of("Europe/Berlin"))
                .onCalendar("de-be")
                .inTeam("payments")
                .remindingIn("C0MANAGERS")
                .withStatus(status)
                .enrolledBy("UHR")
                .enrolledAt(enrolledAt)
                .build();
    }

    private static Hire hire(String user, String manager) {
        return hire(user, manager, HireStatus.ACTIVE, ENROLLED);
    }

    @Test
    void aSearchFiltersOpenAndClosedHiresAndPagesOldestFirst() {
        Hire first = hire("U1", "UM", HireStatus.ACTIVE, ENROLLED);
        Hire second = hire("U2", "UM", HireStatus.CANCELLED, ENROLLED.plusSeconds(60));
        Hire third = hire("U3", "UOTHER", HireStatus.ACTIVE, ENROLLED.plusSeconds(120));
        Hire fourth = hire("U4", "UM", HireStatus.PAUSED, ENROLLED.plusSeconds(180));
        hires.add(fourth);
        hires.add(third);
        hires.add(second);
        hires.add(first);
        HireSearch all = new HireSearch(null, null, null, null, 0, 10);

        assertThat(hires.search(all)).containsExactly(first, second, third, fourth);
        assertThat(hires.search(new HireSearch(null, null, null, null, 1, 2))).containsExactly(second, third);
        assertThat(hires.count(new HireSearch(null, null, null, null, 1, 2))).isEqualTo(4);
        HireSearch managedActive = new HireSearch(
                Optional.of(HireStatus.ACTIVE),
                Optional.of("payments"),
                Optional.of(ChatUserId.slack("UM")),
                Optional.of("backend-engineer"),
                0,
                10);
        assertThat(hires.search(managedActive)).containsExactly(first);
        assertThat(hires.search(new HireSearch(Optional.of(HireStatus.CANCELLED), null, null, null, 0, 10)))
                .containsExactly(second);
        assertThat(hires.count(new HireSearch(null, Optional.of("design"), null, null, 0, 10)))
                .isZero();
        assertThat(hires.search(new HireSearch(null, null, null, Optional.of("designer"), 0, 10)))
                .isEmpty();
    }

    @Test
    void aStoredHireIsFoundWithEveryField() {
        Hire hire = hire("U1", "UM");
        hires.add(hire);
        assertThat(hires.find(hire.id())).contains(hire);
    }

    @Test
    void aHireWithoutOptionalFieldsRoundTrips() {
        Hire hire = Hires.anActiveHire()
                .user("U1")
                .managedBy("UM")
                .on("designer")
                .startingOn(LocalDate.of(2025, 12, 31))
                .in(ZoneId.of("America/New_York"))
                .onCalendar("us")
                .withStatus(HireStatus.PAUSED)
                .enrolledBy("UHR")
                .enrolledAt(ENROLLED)
                .build();
        hires.add(hire);
        assertThat(hires.find(hire.id())).contains(hire);
    }

    @Test
    void anUnknownIdIsNotFound() {
        assertThat(hires.find(HireId.random())).isEmpty();
    }

    @Test
    void findOpenByUserReturnsOnlyTheOpenEnrolment() {
        Hire cancelled = hire("U1", "UM", HireStatus.CANCELLED, ENROLLED);
        Hire active = hire("U1", "UM", HireStatus.ACTIVE, ENROLLED.plusSeconds(60));
        hires.add(cancelled);
        hires.add(active);
        assertThat(hires.findOpenByUser(ChatUserId.slack("U1"))).contains(active);
        assertThat(hires.findOpenByUser(ChatUserId.slack("U2"))).isEmpty();
    }

    @Test
    void findOpenListsActiveAndPausedHiresInEnrolmentOrder() {
        Hire second = hire("U2", "UM", HireStatus.PAUSED, ENROLLED.plusSeconds(60));
        Hire first = hire("U1", "UM", HireStatus.ACTIVE, ENROLLED);
        hires.add(second);
        hires.add(first);
        hires.add(hire("U3", "UM", HireStatus.COMPLETED, ENROLLED));
        hires.add(hire("U4", "UM", HireStatus.CANCELLED, ENROLLED));
        assertThat(hires.findOpen()).containsExactly(first, second);
    }

    @Test
    void findOpenByManagerListsOnlyThatManagersOpenHires() {
        Hire mine = hire("U1", "UM");
        hires.add(mine);
        hires.add(hire("U2", "UOTHER"));
        hires.add(hire("U3", "UM", HireStatus.COMPLETED, ENROLLED));
        assertThat(hires.findOpenByManager(ChatUserId.slack("UM"))).containsExactly(mine);
        assertThat(hires.findOpenByManager(ChatUserId.slack("UNOBODY"))).isEmpty();
    }

    @Test
    void updateChangesStatusAndStartDateOnly() {
        Hire hire = hire("U1", "UM");
        hires.add(hire);
        Hire changed = hire.withStatus(HireStatus.PAUSED).withStartDate(LocalDate.of(2025, 4, 1));
        hires.update(changed);
        assertThat(hires.find(hire.id())).contains(changed);
    }

    @Test
    void updatingAnUnknownHireFails() {
        assertThatThrownBy(() -> hires.update(hire("U1", "UM"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSecondOpenEnrolmentOfThePersonIsRefused() {
        hires.add(hire("U1", "UM"));
        Hire again = hire("U1", "UOTHER");
        assertThatThrownBy(() -> hires.add(again)).isInstanceOf(AlreadyEnrolledException.class);
        assertThat(hires.find(again.id())).isEmpty();
    }

    @Test
    void aPausedEnrolmentAlsoBlocksASecondOne() {
        hires.add(hire("U1", "UM", HireStatus.PAUSED, ENROLLED));
        assertThatThrownBy(() -> hires.add(hire("U1", "UM"))).isInstanceOf(AlreadyEnrolledException.class);
    }

    @Test
    void aPersonCanBeEnrolledAgainAfterACancel() {
        Hire first = hire("U1", "UM");
        hires.add(first);
        hires.update(first.withStatus(HireStatus.CANCELLED));
        Hire second = hire("U1", "UM", HireStatus.ACTIVE, ENROLLED.plusSeconds(3600));
        hires.add(second);
        assertThat(hires.findOpenByUser(ChatUserId.slack("U1"))).contains(second);
        assertThat(hires.find(first.id())).map(Hire::status).contains(HireStatus.CANCELLED);
    }

    @Test
    void reopeningAClosedEnrolmentWhileAnotherIsOpenIsRefused() {
        Hire first = hire("U1", "UM", HireStatus.CANCELLED, ENROLLED);
        hires.add(first);
        hires.add(hire("U1", "UM"));
        assertThatThrownBy(() -> hires.update(first.withStatus(HireStatus.ACTIVE)))
                .isInstanceOf(AlreadyEnrolledException.class);
    }

    @Test
    void concurrentEnrolmentsOfOnePersonStoreExactlyOne() throws Exception {
        int stored = Race.timesTrue(12, () -> {
            try {
                hires.add(hire("URACE", "UM"));
                return true;
            } catch (AlreadyEnrolledException e) {
                return false;
            }
        });
        assertThat(stored).isEqualTo(1);
        assertThat(hires.findOpen()).hasSize(1);
    }
}
