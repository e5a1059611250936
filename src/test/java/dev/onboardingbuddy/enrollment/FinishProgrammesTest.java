package dev.onboardingbuddy.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.testing.Hires;
import dev.onboardingbuddy.testing.InMemoryHireRepository;
import dev.onboardingbuddy.testing.MutableClock;
import dev.onboardingbuddy.testing.RealConfig;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FinishProgrammesTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalDate START = LocalDate.of(2026, 9, 1);

    private final InMemoryHireRepository hires = new InMemoryHireRepository();
    private final MutableClock clock =
            new MutableClock(START.atStartOfDay(TOKYO).toInstant());
    private final TemplateCatalog templates = RealConfig.templates();
    private final FinishProgrammes finish = new FinishProgrammes(hires, templates, clock);

    private Hire hire(String user, HireStatus status) {
        Hire hire = Hires.anActiveHire()
                .user(user)
                .startingOn(START)
                .in(TOKYO)
                .withStatus(status)
                .enrolledAt(clock.instant())
                .build();
        hires.add(hire);
        return hire;
    }

    @Test
    void aProgrammeEndsTwoWeeksAfterItsLastDayInTheHiresZone() {
        Hire active = hire("UACTIVE", HireStatus.ACTIVE);
        Hire paused = hire("UPAUSED", HireStatus.PAUSED);
        LocalDate lastGraceDay = START.plusDays(89 + FinishProgrammes.GRACE_DAYS);

        clock.set(lastGraceDay.atTime(23, 59).atZone(TOKYO).toInstant());
        assertThat(finish.finishAll()).isZero();

        clock.set(lastGraceDay.plusDays(1).atStartOfDay(TOKYO).toInstant());
        assertThat(finish.finishAll()).isEqualTo(2);
        assertThat(hires.find(active.id()).orElseThrow().status()).isEqualTo(HireStatus.COMPLETED);
        assertThat(hires.find(paused.id()).orElseThrow().status()).isEqualTo(HireStatus.COMPLETED);
        assertThat(hires.findOpen()).isEmpty();
    }

    @Test
    void aHireInTheMiddleOfTheProgrammeStaysOpen() {
        hire("UHIRE", HireStatus.ACTIVE);
        clock.set(START.plusDays(60).atStartOfDay(TOKYO).toInstant());

        assertThat(finish.finishAll()).isZero();
        assertThat(hires.findOpen()).hasSize(1);
    }
}
