package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import java.util.List;
import java.util.stream.Collectors;

/** The bot's answers to onboarding commands, the same on every platform. Stateless. */
final class CommandTexts {

    static final Text USAGE = Text.builder()
            .command("")
            .plain(" commands:\n• ")
            .code("start @hire @manager [template] [YYYY-MM-DD] [buddy @person] [calendar ID] [team NAME] "
                    + "[channel #reminders] [tz Area/City]")
            .plain(" enrol a hire\n• ")
            .code("status")
            .plain(" your hires, riskiest first · ")
            .code("status @hire")
            .plain(" one hire per section · ")
            .code("status @hire history")
            .plain(" who changed what\n• ")
            .code("pause @hire")
            .plain(" · ")
            .code("resume @hire")
            .plain(" · ")
            .code("cancel @hire")
            .plain("\n• ")
            .code("move @hire YYYY-MM-DD")
            .plain(" move the start date (pending items are re-planned, history is kept)\n• ")
            .code("managers add @person")
            .plain(" · ")
            .code("managers remove @person")
            .plain(" · ")
            .code("managers list")
            .plain(" who may enrol (admins)\n• ")
            .code("manager @hire @new")
            .plain(" hand a hire over to a new manager (admins)\n• ")
            .code("help")
            .plain(" this text")
            .build();

    Text invalid(Text problem) {
        return Text.builder()
                .symbol(Span.Meaning.WARNING)
                .plain(" ")
                .text(problem)
                .plain("\n")
                .text(USAGE)
                .build();
    }

    Text refused(Text reason) {
        return Text.builder()
                .symbol(Span.Meaning.REFUSED)
                .plain(" ")
                .text(reason)
                .build();
    }

    Text failed() {
        return Text.builder()
                .symbol(Span.Meaning.WARNING)
                .plain(" Something went wrong on our side; nothing was changed. Please try again.")
                .build();
    }

    Text paused(Hire hire) {
        return Text.builder()
                .plain("Paused ")
                .mention(hire.user())
                .plain(": nothing more is sent until you ")
                .code("resume")
                .plain(" them.")
                .build();
    }

    Text resumed(Hire hire) {
        return Text.builder()
                .plain("Resumed ")
                .mention(hire.user())
                .plain(": anything released meanwhile goes out now.")
                .build();
    }

    Text cancelled(Hire hire) {
        return Text.builder()
                .plain("Cancelled the onboarding of ")
                .mention(hire.user())
                .plain(". Their history is kept.")
                .build();
    }

    Text handedOver(Hire hire) {
        return Text.builder()
                .plain("Handed ")
                .mention(hire.user())
                .plain(" over to ")
                .mention(hire.manager())
                .plain(": their reminders and progress now go to them.")
                .build();
    }

    Text moved(Hire hire) {
        return Text.builder()
                .plain("Moved ")
                .mention(hire.user())
                .plain("'s start to " + hire.startDate() + ": pending items are re-planned, completed ones stay.")
                .build();
    }

    Text enrolling(ChatUserId hire) {
        return Text.builder().plain("Enrolling ").mention(hire).plain("…").build();
    }

    Text enrolled(Hire hire, int messages, int reminders) {
        return Text.builder()
                .symbol(Span.Meaning.SUCCESS)
                .plain(" Enrolled ")
                .mention(hire.user())
                .plain(" on ")
                .code(hire.templateId().value())
                .plain(" starting " + hire.startDate() + " (" + hire.zone() + "), manager ")
                .mention(hire.manager())
                .plain(". "
                        + (messages == 0
                                ? "Their first items arrive on their start date at the local send time."
                                : "Sent " + messages + " message(s) with what is already due.")
                        + (reminders == 0
                                ? ""
                                : " Reminded the manager of " + reminders + " review(s) or meeting(s) due."))
                .build();
    }

    /** The enrolment answer plus a warning: the hire's calendar lists no holiday for years their programme reaches. */
    Text withCalendarGap(Text enrolled, Hire hire, List<Integer> years) {
        String listed = years.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Text.builder()
                .text(enrolled)
                .plain("\n")
                .symbol(Span.Meaning.WARNING)
                .plain(" Calendar ")
                .code(hire.calendarId())
                .plain(" lists no holidays for " + listed + ", which the programme reaches: only "
                        + "its weekly days off are kept then. Give the calendar a ")
                .code("country")
                .plain(" or add the dates.")
                .build();
    }

    Text enrolmentFailed(ChatUserId hire) {
        return Text.builder()
                .symbol(Span.Meaning.WARNING)
                .plain(" Something went wrong while enrolling ")
                .mention(hire)
                .plain(". Check ")
                .command("status @" + hire.value())
                .plain(" and try again.")
                .build();
    }
}
