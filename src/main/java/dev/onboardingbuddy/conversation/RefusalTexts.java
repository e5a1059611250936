package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Refusal;
import dev.onboardingbuddy.notification.Text;
import java.util.List;

/** The bot's words for each {@link Refusal}, the same on every platform. Stateless. */
public final class RefusalTexts {

    public Text of(Refusal refusal) {
        Text.Builder text = Text.builder();
        if (refusal instanceof Refusal.MayNotEnrol) {
            return text.plain("Only an onboarding admin, or the manager named in the command, may enrol a hire. Name "
                            + "yourself as the manager to enrol your own hire.")
                    .build();
        } else if (refusal instanceof Refusal.NotAManager r) {
            text.plain("Only an onboarding admin or a manager may enrol a hire, and you are not listed as a manager. ");
            return askAdmins(text, r.admins(), "to add you with ")
                    .code("managers add @you")
                    .plain(".")
                    .build();
        } else if (refusal instanceof Refusal.MayNotGrant r) {
            text.plain("Only an onboarding admin may change who is a manager. ");
            if (r.admins().isEmpty()) {
                return text.plain("No admin is set: list them in ONBOARDING_ADMINS.")
                        .build();
            }
            return askAdmins(text, r.admins(), "if someone should be added or removed.")
                    .build();
        } else if (refusal instanceof Refusal.ConfiguredManager r) {
            return text.mention(r.person())
                    .plain(" is a manager through ONBOARDING_MANAGERS or a team file's ")
                    .code("managers:")
                    .plain("; remove them there.")
                    .build();
        } else if (refusal instanceof Refusal.MayNotReadHistory r) {
            return text.plain("Only an onboarding admin or ")
                    .mention(r.hire())
                    .plain("'s manager may read their history.")
                    .build();
        } else if (refusal instanceof Refusal.MayNotChange r) {
            return text.plain("Only an onboarding admin or ")
                    .mention(r.hire())
                    .plain("'s manager may change their onboarding.")
                    .build();
        } else if (refusal instanceof Refusal.MayNotSee r) {
            return text.plain("You can see the progress of your own hires only, and ")
                    .mention(r.hire())
                    .plain(" is not one of them.")
                    .build();
        } else if (refusal instanceof Refusal.MayNotMarkReviewHeld r) {
            return text.plain("Only ")
                    .mention(r.manager())
                    .plain(" or an onboarding admin can mark this review held.")
                    .build();
        } else if (refusal instanceof Refusal.MayNotMarkMet) {
            return text.plain("Only the people in this introduction, the manager or an admin can mark it met.")
                    .build();
        } else if (refusal instanceof Refusal.NotEnrolled r) {
            return text.mention(r.hire())
                    .plain(" is not enrolled. Enrol them with ")
                    .command("start")
                    .plain(".")
                    .build();
        } else if (refusal instanceof Refusal.AlreadyEnrolled r) {
            return text.mention(r.hire())
                    .plain(" is already enrolled; use ")
                    .command("status @" + r.hire().value())
                    .plain(" to see their progress, or ")
                    .code("cancel")
                    .plain(" first to start over.")
                    .build();
        } else if (refusal instanceof Refusal.AlreadyExpected r) {
            return text.plain(r.who() + " is already expected; they are enrolled when they join.")
                    .build();
        } else if (refusal instanceof Refusal.UnknownHire r) {
            return text.plain("No hire has the id " + r.id().value() + ".").build();
        } else if (refusal instanceof Refusal.NotOpen r) {
            return text.plain("The hire " + r.id().value() + " is " + r.state() + ".")
                    .build();
        } else if (refusal instanceof Refusal.NotActive r) {
            return text.mention(r.hire())
                    .plain(" is not active, so there is nothing to pause.")
                    .build();
        } else if (refusal instanceof Refusal.NotPaused r) {
            return text.mention(r.hire()).plain(" is not paused.").build();
        } else if (refusal instanceof Refusal.UnknownTemplate r) {
            return text.plain("Unknown template ")
                    .code(r.id())
                    .plain(". Choose one of: " + String.join(", ", r.choices()) + ".")
                    .build();
        } else if (refusal instanceof Refusal.UnknownChoice r) {
            return text.plain(r.problem()).build();
        } else if (refusal instanceof Refusal.TemplateGone r) {
            return text.plain("The checklist ")
                    .code(r.templateId())
                    .plain(" is no longer configured, so the plan cannot be moved.")
                    .build();
        } else if (refusal instanceof Refusal.ChecklistGone r) {
            return text.plain("The checklist ")
                    .code(r.templateId())
                    .plain(" of ")
                    .mention(r.hire())
                    .plain(" is no longer configured; restore config/checklists/" + r.templateId() + ".yaml.")
                    .build();
        } else if (refusal instanceof Refusal.ItemGone r) {
            return text.plain("That item is no longer on the checklist of ")
                    .mention(r.hire())
                    .plain(".")
                    .build();
        } else if (refusal instanceof Refusal.MixedPlatforms r) {
            return text.mention(r.person())
                    .plain(" is on " + r.person().platform().displayName()
                            + ", not on the hire's platform: name people of one platform.")
                    .build();
        }
        throw new IllegalArgumentException("no words for " + refusal);
    }

    private static Text.Builder askAdmins(Text.Builder text, List<ChatUserId> admins, String what) {
        text.plain("Ask ");
        for (int i = 0; i < admins.size(); i++) {
            text.plain(i == 0 ? "" : i == admins.size() - 1 ? " or " : ", ").mention(admins.get(i));
        }
        return text.plain(" " + what);
    }
}
