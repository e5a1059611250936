package dev.onboardingbuddy.reminders;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.Refusal;
import dev.onboardingbuddy.progress.Completion;
import dev.onboardingbuddy.progress.CompletionMethod;
import dev.onboardingbuddy.progress.HireItems;
import dev.onboardingbuddy.progress.HireItemsLoader;
import dev.onboardingbuddy.progress.ProgressRepository;
import dev.onboardingbuddy.timeline.ReminderKind;
import dev.onboardingbuddy.transactions.Transactions;
import java.time.Clock;

/**
 * Records that a review was held (with the manager's notes) or a meeting took place, which stops its reminders.
 * A review item or a relationship item is completed with it; a responsibility's review leaves the item open.
 */
public final class RecordMeetings {
    private final HireItemsLoader items;
    private final ProgressRepository progress;
    private final ReviewLog reviews;
    private final ReminderRouting routing;
    private final AccessPolicy access;
    private final Transactions transactions;
    private final Clock clock;

    public RecordMeetings(
            HireItemsLoader items,
            ProgressRepository progress,
            ReviewLog reviews,
            ReminderRouting routing,
            AccessPolicy access,
            Transactions transactions,
            Clock clock) {
        this.items = items;
        this.progress = progress;
        this.reviews = reviews;
        this.routing = routing;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** @return false when it had been recorded already (by someone else, or a double click) */
    public boolean reviewHeld(Hire hire, ItemKey item, ChatUserId by, String notes) {
        if (!access.mayManage(by, hire)) {
            throw new EnrollmentRefused(new Refusal.MayNotMarkReviewHeld(hire.manager()));
        }
        return record(hire, item(hire, item), ReminderKind.REVIEW, by, notes);
    }

    public boolean meetingMet(Hire hire, ItemKey item, ChatUserId by) {
        ChecklistItem meeting = item(hire, item);
        boolean counterpart = meeting.relationship()
                .flatMap(relationship -> routing.counterpart(hire, relationship.counterpartRole()))
                .map(member -> member.person().equals(by))
                .orElse(false);
        if (!access.maySee(by, hire) && !counterpart) {
            throw new EnrollmentRefused(new Refusal.MayNotMarkMet());
        }
        return record(hire, meeting, ReminderKind.MEETING, by, "");
    }

    private boolean record(Hire hire, ChecklistItem item, ReminderKind kind, ChatUserId by, String notes) {
        return transactions.inTransaction(() -> {
            boolean recorded = reviews.record(new HeldReview(hire.id(), item.key(), kind, by, clock.instant(), notes));
            if (recorded && (item.isReview() || kind == ReminderKind.MEETING)) {
                progress.complete(hire.id(), item.key(), new Completion(by, clock.instant(), CompletionMethod.BUTTON));
            }
            return recorded;
        });
    }

    private ChecklistItem item(Hire hire, ItemKey key) {
        HireItems current = items.load(hire);
        return current.entries().stream()
                .map(HireItems.Entry::item)
                .filter(item -> item.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new EnrollmentRefused(new Refusal.ItemGone(hire.user())));
    }
}
