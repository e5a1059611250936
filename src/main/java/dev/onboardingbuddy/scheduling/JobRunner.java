package dev.onboardingbuddy.scheduling;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one Quartz job class: it runs the use case registered under the job's name. Jobs stay one call into the core;
 * dependencies come from {@link UseCaseJobFactory}, not from Quartz's job data. Not concurrent per job name, and
 * every use case it runs is safe to run twice (a clustered node presumed dead may still be running it).
 */
@DisallowConcurrentExecution
final class JobRunner implements Job {
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private final Runnable useCase;

    JobRunner(Runnable useCase) {
        this.useCase = useCase;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        try {
            useCase.run();
        } catch (RuntimeException e) {
            // Quartz itself reports a failed job at INFO only, which the log configuration hides
            LOG.error(
                    "scheduled job '{}' failed; it runs again at its next firing",
                    context.getJobDetail().getKey().getName(),
                    e);
            throw new JobExecutionException(e, false);
        }
    }
}
