package dev.onboardingbuddy.slack;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.EnrollmentRequest;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.persistence.DatabaseUnavailable;
import java.io.IOException;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /onboarding}. Everything that needs only the database is answered in the acknowledgement itself;
 * {@code start} also needs the hire's time zone from Slack, so it is acknowledged first and answered through the
 * command's {@code response_url} once enrolled.
 */
final class OnboardingCommandListener implements SlashCommandHandler {
  private static final Logger LOG = LoggerFactory.getLogger(OnboardingCommandListener.class);

  private final BotServices services;
  private final SlackChatGateway slack;
  private final BackgroundWork background;
  private final OnboardingCommandParser parser = new OnboardingCommandParser();
  private final StatusText status = new StatusText();

  OnboardingCommandListener(BotServices services, SlackChatGateway slack, BackgroundWork background) {
    this.services = services;
    this.slack = slack;
    this.background = background;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext context) throws IOException {
    ChatUserId caller = new ChatUserId(request.getPayload().getUserId());
    OnboardingCommand command = parser.parse(request.getPayload().getText());
    try {
      return context.ack(answer(caller, command, context));
    } catch (EnrollmentRefused | IllegalArgumentException refused) {
      return context.ack(":no_entry: " + refused.getMessage());
    } catch (RuntimeException unexpected) {
      if (DatabaseUnavailable.isCause(unexpected)) {
        throw unexpected; // the bridge tells the caller in time that nothing was changed (AckDeadline)
      }
      LOG.error("/onboarding {} failed", command.getClass().getSimpleName(), unexpected);
      return context.ack(":warning: Something went wrong on our side; nothing was changed. Please try again.");
    }
  }

  private String answer(ChatUserId caller, OnboardingCommand command, SlashCommandContext context) {
    if (command instanceof OnboardingCommand.Invalid invalid) {
      return ":warning: " + invalid.problem() + "\n" + OnboardingCommandParser.USAGE;
    }
    if (command instanceof OnboardingCommand.Status query) {
      return query.hire().map(hire -> status.detail(services.report().detail(caller, hire)))
          .orElseGet(() -> status.overview(services.report().visibleTo(caller)));
    }
    if (command instanceof OnboardingCommand.Pause pause) {
      return "Paused <@" + services.change().pause(caller, pause.hire()).user()
          + ">: nothing more is sent until you `resume` them.";
    }
    if (command instanceof OnboardingCommand.Resume resume) {
      Hire hire = services.change().resume(caller, resume.hire());
      releaseLater(hire);
      return "Resumed <@" + hire.user() + ">: anything released meanwhile goes out now.";
    }
    if (command instanceof OnboardingCommand.Cancel cancel) {
      return "Cancelled the onboarding of <@" + services.change().cancel(caller, cancel.hire()).user()
          + ">. Their history is kept.";
    }
    if (command instanceof OnboardingCommand.Move move) {
      Hire hire = services.change().move(caller, move.hire(), move.startDate());
      releaseLater(hire);
      return "Moved <@" + hire.user() + ">'s start to " + hire.startDate()
          + ": pending items are re-planned, completed ones stay.";
    }
    if (command instanceof OnboardingCommand.Start start) {
      services.enroll().checkMayEnrol(caller, start.manager());
      background.submit("enrolment", () -> enrol(caller, start, context));
      return "Enrolling <@" + start.hire().value() + ">…";
    }
    return OnboardingCommandParser.USAGE;
  }

  private void enrol(ChatUserId caller, OnboardingCommand.Start start, SlashCommandContext context) {
    String answer;
    try {
      ZoneId zone = slack.timeZoneOf(start.hire().value()).orElse(services.defaultZone());
      Hire hire = services.enroll().enroll(new EnrollmentRequest(caller, start.hire(), start.manager(), zone,
          start.templateId(), start.startDate(), start.buddy(), start.calendarId(), start.team(),
          start.managerChannel()));
      int messages = services.release().release(hire);
      int reminders = services.reminders().queue(hire);
      services.wakeDispatcher().run();
      answer = ":white_check_mark: Enrolled <@" + hire.user() + "> on `" + hire.templateId() + "` starting "
          + hire.startDate() + " (" + hire.zone() + "), manager <@" + hire.manager() + ">. "
          + (messages == 0 ? "Their first items arrive on their start date at the local send time."
              : "Sent " + messages + " message(s) with what is already due.")
          + (reminders == 0 ? "" : " Reminded the manager of " + reminders + " review(s) or meeting(s) due.");
    } catch (EnrollmentRefused refused) {
      answer = ":no_entry: " + refused.getMessage();
    } catch (RuntimeException unexpected) {
      // Runs after the ack: without this answer the caller would wait on "Enrolling…" forever.
      LOG.error("enrolling {} failed", start.hire().value(), unexpected);
      answer = ":warning: Something went wrong while enrolling <@" + start.hire().value() + ">. Check `/onboarding "
          + "status <@" + start.hire().value() + ">` and try again.";
    }
    respond(context, answer);
  }

  private void releaseLater(Hire hire) {
    background.submit("release after change", () -> {
      services.release().release(hire);
      services.wakeDispatcher().run();
    });
  }

  private static void respond(SlashCommandContext context, String text) {
    try {
      context.respond(text);
    } catch (IOException e) {
      LOG.warn("could not answer through response_url: {}", e.getMessage());
    }
  }
}
