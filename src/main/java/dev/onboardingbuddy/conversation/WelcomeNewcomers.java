package dev.onboardingbuddy.conversation;

import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireRepository;
import dev.onboardingbuddy.notification.ChatMessage;
import dev.onboardingbuddy.notification.MessageBlock;
import dev.onboardingbuddy.notification.OutboundMessage;
import dev.onboardingbuddy.notification.Outbox;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.notification.Span;
import dev.onboardingbuddy.notification.Text;
import dev.onboardingbuddy.programme.EnrolExpected;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Someone joined the workspace or installed the app: a hire HR announced is enrolled at once; anyone else is offered
 * to the admins of their platform in a direct message with <b>Enrol</b> and <b>Ignore</b>. Enrolling from the offer
 * goes through {@link StartOnboarding} like a typed {@code start}, so it is durable and answered once. Every message
 * goes through the outbox with a key per newcomer and admin, so a repeated event sends nothing twice. Thread-safe.
 */
public final class WelcomeNewcomers {
    /** The buttons' actions; each carries the newcomer's stored id as its value. */
    public static final String ENROL = "newcomer_enrol";

    public static final String IGNORE = "newcomer_ignore";
    private static final Logger LOG = LoggerFactory.getLogger(WelcomeNewcomers.class);

    private final EnrolExpected enrolExpected;
    private final HireRepository hires;
    private final Set<ChatUserId> admins;
    private final StartOnboarding start;
    private final TemplateCatalog templates;
    private final Outbox outbox;
    private final Runnable wakeDispatcher;
    private final Clock clock;

    public WelcomeNewcomers(
            EnrolExpected enrolExpected,
            HireRepository hires,
            Set<ChatUserId> admins,
            StartOnboarding start,
            TemplateCatalog templates,
            Outbox outbox,
            Runnable wakeDispatcher,
            Clock clock) {
        this.enrolExpected = enrolExpected;
        this.hires = hires;
        this.admins = Set.copyOf(admins);
        this.start = start;
        this.templates = templates;
        this.outbox = outbox;
        this.wakeDispatcher = wakeDispatcher;
        this.clock = clock;
    }

    /**
     * @param emails the addresses the platform knows the person by (Slack's profile e-mail; Teams' e-mail and user
     *     principal name)
     */
    public void arrived(ChatUserId user, Collection<String> emails) {
        if (hires.findOpenByUser(user).isPresent()) {
            return;
        }
        EnrolExpected.Outcome outcome = enrolExpected.arrived(user, emails);
        if (outcome instanceof EnrolExpected.Outcome.Failed failed) {
            tellAdmins(
                    user,
                    "expected-problem:" + failed.record().id().value(),
                    Text.builder()
                            .symbol(Span.Meaning.WARNING)
                            .plain(" ")
                            .mention(user)
                            .plain(" arrived and HR expects them (hire "
                                    + failed.record().id().value() + "), but they could not be enrolled: "
                                    + failed.problem() + ".")
                            .build(),
                    List.of());
        } else if (outcome instanceof EnrolExpected.Outcome.NotExpected) {
            tellAdmins(
                    user,
                    "newcomer:" + user.stored(),
                    offer(user),
                    List.of(new MessageBlock.Buttons(List.of(
                            new MessageBlock.Button(ENROL, "Enrol", user.stored(), true),
                            new MessageBlock.Button(IGNORE, "Ignore", user.stored(), false)))));
        }
    }

    /** Finds and enrols expected hires who are in the workspace now; the job that catches missed arrivals. */
    public int enrolWaiting() {
        int enrolled = 0;
        for (EnrolExpected.Outcome outcome : enrolExpected.enrolWaiting()) {
            if (outcome instanceof EnrolExpected.Outcome.Enrolled) {
                enrolled++;
            } else if (outcome instanceof EnrolExpected.Outcome.Failed failed) {
                tellAdmins(
                        failed.user(),
                        "expected-problem:" + failed.record().id().value(),
                        Text.builder()
                                .symbol(Span.Meaning.WARNING)
                                .plain(" HR expects ")
                                .mention(failed.user())
                                .plain(" (hire "
                                        + failed.record().id().value()
                                        + "), who is in the workspace now, but they could not be enrolled: "
                                        + failed.problem() + ".")
                                .build(),
                        List.of());
            }
        }
        return enrolled;
    }

    /** The templates an admin may choose in the offer's form, sorted. */
    public List<String> templates() {
        return List.copyOf(templates.ids());
    }

    /**
     * An admin chose to enrol a newcomer: enrols as {@code start} would, and answers the admin in a direct message.
     *
     * @return the offer as it should now read
     */
    public ChatMessage enrol(
            ChatUserId admin,
            ChatUserId newcomer,
            Optional<String> template,
            ChatUserId manager,
            Optional<LocalDate> startDate) {
        PendingCommands.Pending command = start.accept(
                admin,
                new Command.Start(
                        newcomer,
                        manager,
                        template,
                        startDate,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()));
        ChatMessage answer = start.start(command);
        Instant now = clock.instant();
        outbox.enqueue(
                new OutboundMessage("reply:enrolment-" + command.id(), new Recipient.DirectMessage(admin), answer, now),
                now);
        wakeDispatcher.run();
        return settled(offer(newcomer)
                .append(Text.builder()
                        .plain("\n")
                        .mention(admin)
                        .plain(" chose to enrol them.")
                        .build()));
    }

    /**
     * Where the platform has no form for the offer (Teams, for now): the offer, with the command that enrols them.
     */
    public ChatMessage howToEnrol(ChatUserId newcomer) {
        return settled(offer(newcomer)
                .append(Text.builder()
                        .plain("\nTo enrol them, write ")
                        .command("start @" + newcomer.value() + " @manager [template] [YYYY-MM-DD]")
                        .plain(", naming them and their manager.")
                        .build()));
    }

    /** @return the offer as it should now read */
    public ChatMessage ignore(ChatUserId admin, ChatUserId newcomer) {
        LOG.info("{} chose not to enrol {}", admin.stored(), newcomer.stored());
        return settled(offer(newcomer)
                .append(Text.builder()
                        .plain("\n")
                        .mention(admin)
                        .plain(" chose not to enrol them.")
                        .build()));
    }

    /** The offer without its buttons, saying what became of it; cards show blocks only, so the text is one. */
    private static ChatMessage settled(Text text) {
        return new ChatMessage(text, List.of(new MessageBlock.Paragraph(text)));
    }

    private static Text offer(ChatUserId newcomer) {
        return Text.builder()
                .mention(newcomer)
                .plain(" joined " + newcomer.platform().displayName()
                        + " and is not among the hires HR announced. Enrol them in onboarding?")
                .build();
    }

    /** To each admin of the person's platform (admins elsewhere could not act on them), once per key. */
    private void tellAdmins(ChatUserId about, String key, Text text, List<MessageBlock> blocks) {
        Instant now = clock.instant();
        boolean queued = false;
        for (ChatUserId admin : admins) {
            if (admin.platform() == about.platform()) {
                queued |= outbox.enqueue(
                        new OutboundMessage(
                                key + ":" + admin.stored(),
                                new Recipient.DirectMessage(admin),
                                new ChatMessage(text, blocks.isEmpty() ? List.of() : concat(text, blocks)),
                                now),
                        now);
            }
        }
        if (queued) {
            wakeDispatcher.run();
        } else if (admins.stream().noneMatch(admin -> admin.platform() == about.platform())) {
            LOG.info("no admin on {} to tell about {}", about.platform().displayName(), about.stored());
        }
    }

    private static List<MessageBlock> concat(Text text, List<MessageBlock> blocks) {
        return Stream.concat(Stream.of(new MessageBlock.Paragraph(text)), blocks.stream())
                .toList();
    }
}
