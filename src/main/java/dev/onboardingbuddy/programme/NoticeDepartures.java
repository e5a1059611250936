package dev.onboardingbuddy.programme;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when someone the bot works with leaves (deactivated, removed, no longer reachable): a departed hire's
 * enrolment is paused and their manager and the admins are told; a departed manager's hires are reported to the admins
 * with the command that hands them over; a departed buddy is reported too. Safe to call again for the same person:
 * each notice has its own idempotency key. Thread-safe.
 */
public final class NoticeDepartures {
    private static final Logger LOG = LoggerFactory.getLogger(NoticeDepartures.class);

    private final HireRepository hires;
    private final ChangeEnrollment enrolments;
    private final Outbox outbox;
    private final Set<ChatUserId> admins;
    private final Runnable wakeDispatcher;
    private final Clock clock;

    public NoticeDepartures(
            HireRepository hires,
            ChangeEnrollment enrolments,
            Outbox outbox,
            Set<ChatUserId> admins,
            Runnable wakeDispatcher,
            Clock clock) {
        this.hires = hires;
        this.enrolments = enrolments;
        this.outbox = outbox;
        this.admins = Set.copyOf(admins);
        this.wakeDispatcher = wakeDispatcher;
        this.clock = clock;
    }

    /**
     * @param how how we know, such as "was deactivated" or "cannot be messaged (account_inactive)"
     * @return how many notices were queued
     */
    public int left(ChatUserId person, String how) {
        LOG.info("{} left ({}); pausing their onboarding and telling the admins", person.stored(), how);
        int queued = 0;
        Optional<Hire> asHire = hires.findOpenByUser(person);
        if (asHire.isPresent()) {
            Hire hire = enrolments.pauseDeparted(person).orElse(asHire.get());
            Text text = Text.builder()
                    .symbol(Span.Meaning.WARNING)
                    .plain(" ")
                    .mention(person)
                    .plain(" " + how + ", so their onboarding is paused and nothing more is sent to them. ")
                    .command("cancel @hire")
                    .plain(" ends it; ")
                    .command("resume @hire")
                    .plain(" goes on if they are back.")
                    .build();
            List<ChatUserId> told = new ArrayList<>(admins);
            told.add(hire.manager());
            queued += tell(told, "hire:" + hire.id(), person, text);
        }
        List<Hire> managed = hires.findOpenByManager(person);
        if (!managed.isEmpty()) {
            Text.Builder text = Text.builder()
                    .symbol(Span.Meaning.WARNING)
                    .plain(" ")
                    .mention(person)
                    .plain(" " + how + ". They manage " + (managed.size() == 1 ? "a hire" : managed.size() + " hires")
                            + " in onboarding: ");
            for (int i = 0; i < managed.size(); i++) {
                text.plain(i == 0 ? "" : ", ").mention(managed.get(i).user());
            }
            text.plain(". Hand each over to a new manager, whom the reminders will then reach: ")
                    .command("manager @hire @new")
                    .plain(".");
            queued += tell(List.copyOf(admins), "manager", person, text.build());
        }
        for (Hire hire : hires.findOpen()) {
            if (hire.buddy().filter(person::equals).isPresent()) {
                Text text = Text.builder()
                        .symbol(Span.Meaning.WARNING)
                        .plain(" ")
                        .mention(person)
                        .plain(", the buddy of ")
                        .mention(hire.user())
                        .plain(", " + how + ". Find them a new buddy.")
                        .build();
                List<ChatUserId> told = new ArrayList<>(admins);
                told.add(hire.manager());
                queued += tell(told, "buddy:" + hire.id(), person, text);
            }
        }
        if (queued > 0) {
            wakeDispatcher.run();
        }
        return queued;
    }

    private int tell(List<ChatUserId> people, String about, ChatUserId departed, Text text) {
        Instant now = clock.instant();
        int queued = 0;
        for (ChatUserId recipient :
                people.stream().distinct().filter(p -> !p.equals(departed)).toList()) {
            // not tied to the paused hire: a notice about a pause must not be held by that pause
            String key = "left:" + departed.stored() + ":" + about + ":" + recipient.stored();
            if (outbox.enqueue(
                    new OutboundMessage(key, new Recipient.DirectMessage(recipient), ChatMessage.of(text), now), now)) {
                queued++;
            }
        }
        return queued;
    }
}
