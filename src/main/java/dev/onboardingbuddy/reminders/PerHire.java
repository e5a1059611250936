package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.enrollment.Hire;
import java.util.List;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a job's work hire by hire, so that one hire whose data cannot be processed (a removed checklist file, say)
 * is logged and skipped instead of stopping the job for everyone enrolled after them.
 */
final class PerHire {
    private static final Logger LOG = LoggerFactory.getLogger(PerHire.class);

    private PerHire() {}

    static int sum(String job, List<Hire> hires, ToIntFunction<Hire> work) {
        int total = 0;
        for (Hire hire : hires) {
            if (!hire.isActive()) {
                continue;
            }
            try {
                total += work.applyAsInt(hire);
            } catch (RuntimeException e) {
                LOG.error("{} failed for hire {} ({}); the other hires go on", job, hire.id(), hire.user(), e);
            }
        }
        return total;
    }
}
