package dev.onboardingbuddy.scheduling;

import java.util.Map;
import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.spi.JobFactory;
import org.quartz.spi.TriggerFiredBundle;

/** Hands Quartz a {@link JobRunner} bound to the use case named by the job key. */
final class UseCaseJobFactory implements JobFactory {
    private final Map<String, Runnable> useCases;

    UseCaseJobFactory(Map<String, Runnable> useCases) {
        this.useCases = Map.copyOf(useCases);
    }

    @Override
    public Job newJob(TriggerFiredBundle bundle, Scheduler scheduler) throws SchedulerException {
        String name = bundle.getJobDetail().getKey().getName();
        Runnable useCase = useCases.get(name);
        if (useCase == null) {
            throw new SchedulerException("no use case is registered for job '" + name + "'");
        }
        return new JobRunner(useCase);
    }
}
