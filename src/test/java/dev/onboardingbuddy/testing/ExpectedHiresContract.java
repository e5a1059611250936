package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.enrollment.AlreadyExpectedException;
import dev.onboardingbuddy.enrollment.ApiClient;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Contact;
import dev.onboardingbuddy.enrollment.ExpectedHire;
import dev.onboardingbuddy.enrollment.ExpectedHires;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.enrollment.Operator;
import dev.onboardingbuddy.enrollment.Platform;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ExpectedHires} does; subclasses supply the store under test. */
public abstract class ExpectedHiresContract {
    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00.123456Z");

    private ExpectedHires store;

    protected abstract ExpectedHires newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    /** A request with every optional field set, so a round trip proves each column. */
    static HireRequest full(String email) {
        return new HireRequest(
                Contact.ofEmail(email),
                new Contact(Optional.of(ChatUserId.slack("UMGR")), Optional.of("max@example.com")),
                Optional.of(Contact.ofEmail("buddy@example.com")),
                Optional.of("backend-engineer"),
                Optional.of(LocalDate.of(2026, 12, 14)),
                Optional.of("de"),
                Optional.of("payments"),
                Optional.of(Platform.SLACK));
    }

    @Test
    void aStoredRecordComesBackWithEveryField() {
        ExpectedHire record = ExpectedHire.expected(full("Hana@Example.com"), new ApiClient("bamboo"), MONDAY);
        store.add(record);

        assertThat(store.find(record.id())).contains(record);
        assertThat(record.request().hire().email()).contains("hana@example.com");
    }

    @Test
    void aRecordWithOnlyTheEssentialsRoundTrips() {
        HireRequest bare = new HireRequest(
                Contact.of(ChatUserId.msteams("29:1hana")),
                Contact.ofEmail("max@example.com"),
                null,
                null,
                null,
                null,
                null,
                null);
        ExpectedHire record = ExpectedHire.expected(bare, new Operator("import-hires hires.csv"), MONDAY);
        store.add(record);

        assertThat(store.find(record.id())).contains(record);
    }

    @Test
    void aWaitingHireIsFoundByAddressInAnyCaseAndByChatId() {
        ExpectedHire byEmail = ExpectedHire.expected(full("hana@example.com"), new ApiClient("bamboo"), MONDAY);
        HireRequest byId = full("ignored@example.com").withHire(Contact.of(ChatUserId.slack("UOMAR")));
        ExpectedHire byUser = ExpectedHire.expected(byId, new ApiClient("bamboo"), MONDAY.plusSeconds(1));
        store.add(byEmail);
        store.add(byUser);

        assertThat(store.waitingFor(" HANA@example.COM ")).contains(byEmail);
        assertThat(store.waitingFor(ChatUserId.slack("UOMAR"))).contains(byUser);
        assertThat(store.waitingFor("nobody@example.com")).isEmpty();
        assertThat(store.waiting()).containsExactly(byEmail, byUser);
    }

    @Test
    void onlyOneRecordWaitsForOneAddressOrOneChatId() {
        store.add(ExpectedHire.expected(full("hana@example.com"), new ApiClient("bamboo"), MONDAY));
        HireRequest sameId = full("a@example.com").withHire(Contact.of(ChatUserId.slack("UOMAR")));
        store.add(ExpectedHire.expected(sameId, new ApiClient("bamboo"), MONDAY));

        assertThatThrownBy(() -> store.add(ExpectedHire.expected(full("HANA@example.com"), new ApiClient("x"), MONDAY)))
                .isInstanceOf(AlreadyExpectedException.class);
        assertThatThrownBy(() -> store.add(ExpectedHire.expected(sameId, new ApiClient("x"), MONDAY)))
                .isInstanceOf(AlreadyExpectedException.class);
    }

    @Test
    void anEnrolledRecordNoLongerWaitsAndFreesTheAddress() {
        ExpectedHire record = ExpectedHire.expected(full("hana@example.com"), new ApiClient("bamboo"), MONDAY);
        store.add(record);
        ExpectedHire enrolled = record.with(
                        record.request().withHire(record.request().hire().withId(ChatUserId.slack("UHANA"))))
                .with(ExpectedHire.Status.ENROLLED);

        store.update(enrolled);

        assertThat(store.find(record.id())).contains(enrolled);
        assertThat(store.waitingFor("hana@example.com")).isEmpty();
        assertThat(store.waiting()).isEmpty();
        ExpectedHire again = ExpectedHire.expected(full("hana@example.com"), new ApiClient("bamboo"), MONDAY);
        store.add(again);
        assertThat(store.waitingFor("hana@example.com")).contains(again);
    }

    @Test
    void anUpdateKeepsTheNewStartManagerAndProblem() {
        ExpectedHire record = ExpectedHire.expected(full("hana@example.com"), new ApiClient("bamboo"), MONDAY);
        store.add(record);
        ExpectedHire changed = record.with(record.request()
                        .withStartDate(LocalDate.of(2027, 1, 4))
                        .withManager(Contact.of(ChatUserId.slack("UNEW"))))
                .withProblem(Optional.of("manager gone"));

        store.update(changed);

        assertThat(store.find(record.id())).contains(changed);
    }

    @Test
    void aProblemIsRecordedOnlyWhileTheHireIsExpected() {
        ExpectedHire waiting = ExpectedHire.expected(full("hana@example.com"), new ApiClient("bamboo"), MONDAY);
        ExpectedHire enrolled = ExpectedHire.expected(full("omar@example.com"), new ApiClient("bamboo"), MONDAY);
        store.add(waiting);
        store.add(enrolled);
        store.update(enrolled.with(ExpectedHire.Status.ENROLLED));

        store.recordProblem(waiting.id(), "manager gone");
        store.recordProblem(enrolled.id(), "a stale try");

        assertThat(store.find(waiting.id())).contains(waiting.withProblem(Optional.of("manager gone")));
        assertThat(store.find(enrolled.id())).contains(enrolled.with(ExpectedHire.Status.ENROLLED));
    }

    @Test
    void updatingAnUnknownRecordFails() {
        ExpectedHire never = new ExpectedHire(
                new HireId("nope"),
                full("a@example.com"),
                ExpectedHire.Status.EXPECTED,
                new ApiClient("bamboo"),
                MONDAY,
                Optional.empty());
        assertThatThrownBy(() -> store.update(never)).isInstanceOf(IllegalArgumentException.class);
    }
}
