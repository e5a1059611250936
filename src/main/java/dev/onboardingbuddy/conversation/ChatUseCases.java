package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.programme.ChangeEnrollment;
import dev.onboardingbuddy.programme.NoticeDepartures;

/**
 * What a chat platform's listeners call, built once by the composition root and shared by every platform, so that
 * both speak with one voice and keep one set of rules. Each listener takes only the use case it needs.
 *
 * @param enrolments for changes a platform reports on its own, such as a new time zone
 * @param departures for people a platform reports gone, such as a deactivated Slack account
 * @param newcomers for people a platform reports new, such as a Slack {@code team_join} or a Teams install
 */
public record ChatUseCases(
        RunCommand commands,
        AnswerDirectMessage directMessages,
        ItemButtons itemButtons,
        MeetingButtons meetingButtons,
        ChangeEnrollment enrolments,
        NoticeDepartures departures,
        WelcomeNewcomers newcomers) {}
