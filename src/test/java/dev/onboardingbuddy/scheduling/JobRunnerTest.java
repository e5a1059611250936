package dev.onboardingbuddy.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/** Quartz's context is a wide interface of which the runner reads one name: a mock states exactly that. */
class JobRunnerTest {
    private final JobExecutionContext context = mock(JobExecutionContext.class, RETURNS_DEEP_STUBS);

    @Test
    void runsItsUseCaseOncePerFiring() throws Exception {
        Runnable useCase = mock(Runnable.class);

        new JobRunner(useCase).execute(context);

        verify(useCase, times(1)).run();
    }

    @Test
    void aFailingUseCaseIsReportedToQuartzWithoutAnImmediateRefire() {
        when(context.getJobDetail().getKey().getName()).thenReturn("release-due-items");
        JobRunner runner = new JobRunner(() -> {
            throw new IllegalStateException("database gone");
        });

        assertThatThrownBy(() -> runner.execute(context))
                .isInstanceOfSatisfying(JobExecutionException.class, failed -> {
                    assertThat(failed.refireImmediately()).isFalse();
                    assertThat(failed.getCause()).hasMessage("database gone");
                });
        verify(context.getJobDetail().getKey()).getName();
    }
}
