package dev.onboardingbuddy.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.HireId;
import dev.onboardingbuddy.home.AdminOverview;
import dev.onboardingbuddy.home.HiresOverview;
import dev.onboardingbuddy.home.HomeView;
import dev.onboardingbuddy.home.OpenItem;
import dev.onboardingbuddy.home.OwnChecklist;
import dev.onboardingbuddy.notification.ButtonActions;
import dev.onboardingbuddy.notification.FailedSend;
import dev.onboardingbuddy.notification.Recipient;
import dev.onboardingbuddy.progress.HireProgress;
import dev.onboardingbuddy.progress.StatusOverview;
import dev.onboardingbuddy.progress.Tally;
import dev.onboardingbuddy.testing.Hires;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The home tab stays within Block Kit's limits however much there is to show; asserted on the JSON Slack gets. */
class HomeTabRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ChatUserId VIEWER = ChatUserId.slack("UEVERYTHING");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 12, 11);
    private static final String LONG = "A very long item title that goes on ".repeat(120);

    private final HomeTabRenderer renderer = new HomeTabRenderer();

    private static JsonNode json(HomeView home) {
        try {
            return JSON.readTree(GsonFactory.createSnakeCase().toJson(new HomeTabRenderer().render(home)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Hire hire(int n) {
        return Hires.anActiveHire()
                .withId(new HireId("h" + n))
                .user("UH" + n)
                .managedBy(VIEWER)
                .startingOn(FRIDAY.minusDays(10))
                .in(ZoneId.of("Europe/Berlin"))
                .enrolledBy(VIEWER)
                .enrolledAt(Instant.parse("2026-12-01T09:00:00Z"))
                .build();
    }

    private static HireProgress progress(int n) {
        return new HireProgress(
                hire(n), 11, 90, new Tally(3, 46, 2), 0.5, Optional.of(new HireProgress.Milestone(LONG, FRIDAY)));
    }

    private static List<OpenItem> items(int hire, int count, boolean overdue) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> new OpenItem(
                        new HireId("h" + hire),
                        new ItemKey("item-" + n),
                        n,
                        n == 1 ? LONG : "Item " + n,
                        FRIDAY,
                        overdue,
                        n % 5 == 0))
                .toList();
    }

    private static HiresOverview hires(int total) {
        return new HiresOverview(
                total,
                total / 2,
                IntStream.rangeClosed(1, 20)
                        .mapToObj(n -> new HiresOverview.HireLine(progress(n), items(n, 12, n % 2 == 0)))
                        .toList());
    }

    /** A hire who also manages, leads and administers, in an installation of 500 hires, with 60 open items. */
    private static HomeView everything() {
        List<OwnChecklist.SectionProgress> sections = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            sections.add(
                    new OwnChecklist.SectionProgress("Section " + s + " " + LONG, 1, 10, s < 6, items(0, 6, false)));
        }
        OwnChecklist own = new OwnChecklist(progress(0), items(0, 14, true), sections);
        AdminOverview admin = new AdminOverview(
                new StatusOverview(
                        500,
                        200,
                        900,
                        12,
                        IntStream.rangeClosed(1, 20)
                                .mapToObj(HomeTabRendererTest::progress)
                                .toList()),
                Instant.EPOCH,
                37,
                IntStream.rangeClosed(1, 5)
                        .mapToObj(n -> new FailedSend(
                                "release:h" + n + ":week-1:1",
                                new Recipient.DirectMessage(ChatUserId.slack("UH" + n)),
                                LONG,
                                Instant.parse("2026-12-10T08:00:00Z")))
                        .toList());
        return new HomeView(
                VIEWER, Optional.of(own), Optional.of(hires(300)), Optional.of(hires(250)), Optional.of(admin));
    }

    @Test
    void aPersonWithEveryRoleInABigInstallationGetsAtMost100BlocksAndEveryPart() {
        JsonNode view = json(everything());

        assertThat(view.path("type").asText()).isEqualTo("home");
        assertThat(view.path("blocks").size()).isLessThanOrEqualTo(HomeTabRenderer.MAX_BLOCKS);
        List<String> headers = new ArrayList<>();
        view.path("blocks").forEach(block -> {
            if (block.path("type").asText().equals("header")) {
                headers.add(block.path("text").path("text").asText());
            }
        });
        assertThat(headers)
                .containsExactly("Your onboarding", "Your hires", "Hires of the teams you lead", "Everyone onboarding");
        assertThat(view.toString()).contains("37 failed sends", "300 hires", "*500 hires*");
    }

    @Test
    void everyTextKeepsWithinSlacksLimits() {
        JsonNode view = json(everything());

        view.path("blocks").forEach(block -> {
            int limit = block.path("type").asText().equals("header") ? 150 : 3000;
            assertThat(block.path("text").path("text").asText().length()).isLessThanOrEqualTo(limit);
            block.path("elements")
                    .forEach(element ->
                            assertThat(element.path("text").asText().length()).isLessThanOrEqualTo(3000));
        });
    }

    @Test
    void longListsSayHowManyAreLeftOut() {
        String text = json(everything()).toString();

        assertThat(text).contains("…and 6 more. Write `list` to me", "…and 8 more due this week");
    }

    @Test
    void doneButtonsAreTheConversationsDoneButtonsWithUniqueActionIds() {
        JsonNode view = json(everything());
        List<String> actionIds = new ArrayList<>();
        List<String> values = new ArrayList<>();
        view.path("blocks").forEach(block -> {
            if (block.has("accessory")) {
                actionIds.add(block.path("accessory").path("action_id").asText());
                values.add(block.path("accessory").path("value").asText());
            }
        });

        assertThat(actionIds)
                .isNotEmpty()
                .doesNotHaveDuplicates()
                .allMatch(id -> DoneButtonListener.ACTION_ID.matcher(id).matches());
        assertThat(values).contains(ButtonActions.itemValue(new HireId("h0"), new ItemKey("item-1")));
    }

    @Test
    void aChecklistAloneKeepsToItsOwnBudget() {
        HomeView onlyChecklist =
                new HomeView(VIEWER, everything().checklist(), Optional.empty(), Optional.empty(), Optional.empty());

        JsonNode view = json(onlyChecklist);

        assertThat(view.path("blocks").size()).isEqualTo(HomeTabRenderer.CHECKLIST_BLOCKS);
        assertThat(view.toString()).contains("More than fits here.");
    }

    @Test
    void someoneWithNoRoleGetsOneFriendlyBlock() {
        JsonNode view =
                json(new HomeView(VIEWER, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(view.path("blocks")).hasSize(1);
        assertThat(view.path("blocks").get(0).path("text").path("text").asText())
                .startsWith("*Nothing here yet.*")
                .contains("`/onboarding help`");
    }

    @Test
    void theRendererIsReusable() {
        assertThat(renderer.render(everything()).getBlocks())
                .hasSameSizeAs(renderer.render(everything()).getBlocks());
    }
}
