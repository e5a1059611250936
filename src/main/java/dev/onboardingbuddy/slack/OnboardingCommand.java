package dev.onboardingbuddy.slack;

import dev.onboardingbuddy.enrollment.ChatUserId;
import java.time.LocalDate;
import java.util.Optional;

/** What {@code /onboarding ...} asks for, once its text is read. */
sealed interface OnboardingCommand {

  record Start(
      ChatUserId hire,
      ChatUserId manager,
      Optional<String> templateId,
      Optional<LocalDate> startDate,
      Optional<ChatUserId> buddy,
      Optional<String> calendarId,
      Optional<String> team,
      Optional<String> managerChannel) implements OnboardingCommand {}

  record Status(Optional<ChatUserId> hire) implements OnboardingCommand {}

  record Pause(ChatUserId hire) implements OnboardingCommand {}

  record Resume(ChatUserId hire) implements OnboardingCommand {}

  record Cancel(ChatUserId hire) implements OnboardingCommand {}

  record Move(ChatUserId hire, LocalDate startDate) implements OnboardingCommand {}

  record Help() implements OnboardingCommand {}

  /** The text could not be read; the problem says which value was wrong and what would be right. */
  record Invalid(String problem) implements OnboardingCommand {}
}
