package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.progress.StatusFilter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/** What an onboarding command asks for, once its words are read; the same on every platform. */
public sealed interface Command {

    /**
     * @param zone the hire's time zone when the caller names one ({@code tz Europe/Berlin}); else their profile's
     */
    record Start(
            ChatUserId hire,
            ChatUserId manager,
            Optional<String> templateId,
            Optional<LocalDate> startDate,
            Optional<ChatUserId> buddy,
            Optional<String> calendarId,
            Optional<String> team,
            Optional<String> managerChannel,
            Optional<ZoneId> zone)
            implements Command {}

    /**
     * {@code status}, {@code status @person} (a hire in detail, or the hires a manager has) and the filters
     * {@code overdue}, {@code team NAME}, {@code template ID} and {@code @manager}.
     *
     * @param hire the one person named without any filter: a hire to show in detail, or else a manager
     */
    record Status(Optional<ChatUserId> hire, StatusFilter filter) implements Command {
        public Status(Optional<ChatUserId> hire) {
            this(hire, StatusFilter.NONE);
        }
    }

    /** {@code status @hire history}: the audit trail of one hire. */
    record History(ChatUserId hire) implements Command {}

    /** {@code managers add @person}: an admin lets someone enrol hires. */
    record AddManager(ChatUserId person) implements Command {}

    record RemoveManager(ChatUserId person) implements Command {}

    record ListManagers() implements Command {}

    record Pause(ChatUserId hire) implements Command {}

    record Resume(ChatUserId hire) implements Command {}

    record Cancel(ChatUserId hire) implements Command {}

    record Move(ChatUserId hire, LocalDate startDate) implements Command {}

    /** Hands a hire over to a new manager. */
    record Manager(ChatUserId hire, ChatUserId newManager) implements Command {}

    record Help() implements Command {}

    /** The words could not be read; the problem says which value was wrong and what would be right. */
    record Invalid(Text problem) implements Command {}
}
