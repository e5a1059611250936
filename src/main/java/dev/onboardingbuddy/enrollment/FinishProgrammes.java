package dev.onboardingbuddy.enrollment;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Ends enrolments whose programme is over, so that nobody is nudged on day 200 and the jobs stop re-planning them.
 * A grace period after the last day leaves room for the 90-day review's overdue reminders.
 */
public final class FinishProgrammes {
    /** Covers the last review's heads-up, due and three overdue reminders two working days apart. */
    public static final int GRACE_DAYS = 14;

    private final HireRepository hires;
    private final TemplateCatalog templates;
    private final Clock clock;

    public FinishProgrammes(HireRepository hires, TemplateCatalog templates, Clock clock) {
        this.hires = hires;
        this.templates = templates;
        this.clock = clock;
    }

    /** Marks finished programmes COMPLETED; returns how many. */
    public int finishAll() {
        int finished = 0;
        for (Hire hire : hires.findOpen()) {
            int days = templates
                    .find(hire.templateId())
                    .map(ChecklistTemplate::programmeDays)
                    .orElse(ChecklistTemplate.DEFAULT_PROGRAMME_DAYS);
            LocalDate lastDay = hire.startDate().plusDays(days - 1L + GRACE_DAYS);
            if (LocalDate.now(clock.withZone(hire.zone())).isAfter(lastDay)) {
                hires.update(hire.withStatus(HireStatus.COMPLETED));
                finished++;
            }
        }
        return finished;
    }
}
