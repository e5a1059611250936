package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onboardingbuddy.enrollment.AuditAction;
import dev.onboardingbuddy.enrollment.AuditEntry;
import dev.onboardingbuddy.enrollment.AuditTrail;
import dev.onboardingbuddy.enrollment.ChatUserId;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link AuditTrail} does, and that none lets an entry be changed; subclasses supply the trail. */
public abstract class AuditTrailContract {
    private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00.123456Z");
    private static final ChatUserId ADMIN = ChatUserId.slack("UADMIN");
    private static final ChatUserId MANAGER = ChatUserId.slack("UMGR");
    private static final ChatUserId HIRE = ChatUserId.slack("UHIRE");
    private static final ChatUserId TEAMS_HIRE = ChatUserId.msteams("29:1HanaHire");

    private AuditTrail trail;

    protected abstract AuditTrail newTrail();

    @BeforeEach
    void createTrail() {
        trail = newTrail();
    }

    @Test
    void nothingIsRecordedAboutSomeoneAtFirst() {
        assertThat(trail.about(HIRE)).isEmpty();
    }

    @Test
    void anEntryComesBackWithWhoWhenWhatAndWhom() {
        AuditEntry enrolled = new AuditEntry(
                MONDAY,
                ADMIN,
                AuditAction.ENROLLED,
                HIRE,
                Optional.of(MANAGER),
                "backend-engineer starting 2026-12-07");
        trail.record(enrolled);

        assertThat(trail.about(HIRE)).containsExactly(enrolled);
    }

    @Test
    void entriesComeOldestFirstAndInRecordingOrderWithinOneInstant() {
        AuditEntry moved = new AuditEntry(
                MONDAY.plusSeconds(60),
                MANAGER,
                AuditAction.MOVED,
                HIRE,
                Optional.empty(),
                "from 2026-12-07 to 2026-12-14");
        AuditEntry enrolled = AuditEntry.of(MONDAY, ADMIN, AuditAction.ENROLLED, HIRE);
        AuditEntry paused = AuditEntry.of(MONDAY.plusSeconds(60), MANAGER, AuditAction.PAUSED, HIRE);
        trail.record(moved);
        trail.record(enrolled);
        trail.record(paused);

        assertThat(trail.about(HIRE)).containsExactly(enrolled, moved, paused);
    }

    @Test
    void eachPersonHasTheirOwnEntriesOnTheirOwnPlatform() {
        trail.record(AuditEntry.of(MONDAY, ADMIN, AuditAction.ENROLLED, HIRE));
        trail.record(AuditEntry.of(MONDAY, ADMIN, AuditAction.MANAGER_GRANTED, TEAMS_HIRE));

        assertThat(trail.about(TEAMS_HIRE)).extracting(AuditEntry::action).containsExactly(AuditAction.MANAGER_GRANTED);
        assertThat(trail.about(ChatUserId.slack("29:1HanaHire"))).isEmpty();
    }

    @Test
    void recordingTheSameEntryAgainAddsASecondOneAndReplacesNothing() {
        AuditEntry paused = AuditEntry.of(MONDAY, MANAGER, AuditAction.PAUSED, HIRE);
        trail.record(paused);
        trail.record(paused);

        assertThat(trail.about(HIRE)).containsExactly(paused, paused);
    }

    @Test
    void thereIsNoWayToChangeAnEntry() {
        trail.record(AuditEntry.of(MONDAY, ADMIN, AuditAction.ENROLLED, HIRE));

        List<AuditEntry> read = trail.about(HIRE);
        assertThatThrownBy(() -> read.set(0, AuditEntry.of(MONDAY, MANAGER, AuditAction.CANCELLED, HIRE)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(read::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(trail.about(HIRE)).extracting(AuditEntry::actor).containsExactly(ADMIN);
        // the port and the implementation offer appending and reading, nothing else
        assertThat(publicMethods(AuditTrail.class)).containsExactlyInAnyOrder("record", "about");
        assertThat(publicMethods(trail.getClass())).containsExactlyInAnyOrder("record", "about");
        assertThat(AuditEntry.class.isRecord())
                .as("entries are immutable values")
                .isTrue();
    }

    private static List<String> publicMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName)
                .toList();
    }
}
