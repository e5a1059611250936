package dev.onboardingbuddy.simulation;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import dev.onboardingbuddy.timeline.PlannedItem;
import dev.onboardingbuddy.timeline.PlannedReminder;
import dev.onboardingbuddy.timeline.Timeline;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the planner says a hire's plan should send, by idempotency key, with the instant it is due: one DM per section
 * and release instant, one introduction per filled counterpart role, every manager reminder occurrence until the
 * review or meeting was recorded held or met.
 */
final class ExpectedMessages {
    private final Map<String, Instant> stoppedAt = new HashMap<>();

    /** From this instant on, the item's reminders of that kind ("review" or "meeting") are no longer expected. */
    ExpectedMessages stopped(String itemKey, String kind, Instant at) {
        stoppedAt.put(itemKey + ":" + kind, at);
        return this;
    }

    Timeline timeline(Hire hire) {
        ChecklistTemplate template =
                SimulatedBot.TEMPLATES.require(hire.templateId().value());
        return SimulatedBot.PLANNER.plan(
                template, hire.startDate(), hire.zone(), SimulatedBot.CALENDARS.require(hire.calendarId()));
    }

    Map<String, Instant> releases(Hire hire) {
        Map<String, Integer> firstNumber = new TreeMap<>();
        Map<String, Instant> releaseAt = new HashMap<>();
        for (PlannedItem item : timeline(hire).items()) {
            if (!item.item().owner().includesHire()) {
                continue;
            }
            String group = item.section().id() + "@" + item.releaseAt();
            firstNumber.merge(group, item.number(), Math::min);
            releaseAt.put(group, item.releaseAt());
        }
        Map<String, Instant> expected = new TreeMap<>();
        firstNumber.forEach((group, number) -> expected.put(
                "release:" + hire.id() + ":" + group.substring(0, group.indexOf('@')) + ":" + number,
                releaseAt.get(group)));
        return expected;
    }

    Map<String, Instant> introductions(Hire hire, TeamDirectory teams) {
        Map<String, Instant> expected = new TreeMap<>();
        for (PlannedItem item : timeline(hire).items()) {
            boolean filled = item.item()
                    .relationship()
                    .flatMap(relationship -> hire.team()
                            .flatMap(teams::find)
                            .flatMap(team -> team.filling(relationship.counterpartRole())))
                    .isPresent();
            if (filled) {
                expected.put("intro:" + hire.id() + ":" + item.item().key(), item.releaseAt());
            }
        }
        return expected;
    }

    Map<String, Instant> reminders(Hire hire) {
        Map<String, Instant> expected = new TreeMap<>();
        for (PlannedReminder reminder : timeline(hire).reminders()) {
            Instant stop = stoppedAt.get(
                    reminder.item().key().value() + ":" + reminder.kind().describe());
            if (stop == null || reminder.at().isBefore(stop)) {
                // everything due for one hire on one day goes out as one post, keyed by the day
                expected.merge(
                        "reminders:" + hire.id() + ":" + reminder.date(),
                        reminder.at(),
                        (one, other) -> one.isBefore(other) ? one : other);
            }
        }
        return expected;
    }

    Map<String, Instant> all(Hire hire, TeamDirectory teams) {
        Map<String, Instant> expected = new TreeMap<>(releases(hire));
        expected.putAll(introductions(hire, teams));
        expected.putAll(reminders(hire));
        return expected;
    }
}
