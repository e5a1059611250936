package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.Actor;
import dev.onboardingbuddy.enrollment.ApiClient;
import dev.onboardingbuddy.enrollment.AuditEntry;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.ManageManagers;
import dev.onboardingbuddy.enrollment.Operator;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The answers to {@code managers ...} and {@code status @hire history}, the same on every platform. Stateless. */
final class RoleTexts {
    /** Times in UTC: the trail is read by people in several zones, and one zone keeps its order obvious. */
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    Text added(ChatUserId person, boolean changed) {
        return changed
                ? Text.builder()
                        .symbol(Span.Meaning.SUCCESS)
                        .plain(" ")
                        .mention(person)
                        .plain(" is now a manager and may enrol their hires.")
                        .build()
                : Text.builder().mention(person).plain(" is a manager already.").build();
    }

    Text removed(ChatUserId person, boolean changed) {
        return changed
                ? Text.builder()
                        .plain("Removed ")
                        .mention(person)
                        .plain(" from the managers. Their hires stay with them.")
                        .build()
                : Text.builder()
                        .mention(person)
                        .plain(" was not made a manager with ")
                        .code("managers add")
                        .plain(", so there is nothing to remove.")
                        .build();
    }

    Text roster(ManageManagers.Roster roster) {
        Text.Builder text = Text.builder().strong("Managers added by admins");
        if (roster.granted().isEmpty()) {
            text.plain(": none. Add one with ").code("managers add @person").plain(".");
        }
        roster.granted().forEach(person -> text.plain("\n• ").mention(person));
        return text.plain("\nManagers listed in ONBOARDING_MANAGERS or a team file's managers: are changed there.")
                .build();
    }

    Text history(ChatUserId hire, List<AuditEntry> entries) {
        Text.Builder text =
                Text.builder().strong("History").plain(" of ").mention(hire).plain(" (newest last)");
        if (entries.isEmpty()) {
            return text.plain(": nothing recorded.").build();
        }
        entries.forEach(entry -> text.plain("\n• " + WHEN.format(entry.at()) + " ")
                .text(actor(entry.actor()))
                .plain(" ")
                .text(what(entry)));
        return text.build();
    }

    private static Text actor(Actor actor) {
        if (actor instanceof ChatUserId person) {
            return Text.builder().mention(person).build();
        }
        return Text.plain(
                actor instanceof ApiClient client
                        ? "the HR system (API key " + client.keyName() + ")"
                        : "an operator (" + ((Operator) actor).tool() + ")");
    }

    private static Text what(AuditEntry entry) {
        Text.Builder text = Text.builder();
        switch (entry.action()) {
            case ENROLLED -> {
                text.plain("enrolled ").mention(entry.subject());
                entry.related()
                        .ifPresent(manager -> text.plain(" with manager ").mention(manager));
            }
            case PAUSED -> text.plain("paused ").mention(entry.subject());
            case RESUMED -> text.plain("resumed ").mention(entry.subject());
            case CANCELLED -> text.plain("cancelled the onboarding of ").mention(entry.subject());
            case MOVED -> text.plain("moved the start of ").mention(entry.subject());
            case MANAGER_CHANGED -> {
                text.plain("changed the manager of ").mention(entry.subject());
                entry.related().ifPresent(manager -> text.plain(" to ").mention(manager));
            }
            case MANAGER_GRANTED -> text.plain("made ").mention(entry.subject()).plain(" a manager");
            case MANAGER_REVOKED ->
                text.plain("removed ").mention(entry.subject()).plain(" from the managers");
            default -> throw new IllegalArgumentException("no words for " + entry.action());
        }
        return entry.detail().isEmpty()
                ? text.build()
                : text.plain(": " + entry.detail()).build();
    }
}
