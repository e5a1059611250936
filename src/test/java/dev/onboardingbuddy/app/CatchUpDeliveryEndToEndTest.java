package dev.onboardingbuddy.app;

import static dev.onboardingbuddy.app.BotHarness.ADMIN;
import static dev.onboardingbuddy.app.BotHarness.HIRE;
import static dev.onboardingbuddy.app.BotHarness.MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.onboardingbuddy.slack.testkit.RecordedCall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start date in the past: everything released by now arrives at once, one DM per section, each holding exactly
 * its own section's items. The expectation is read from the checklist file itself, independently of the planner.
 */
class CatchUpDeliveryEndToEndTest {
    // Monday 7 December 2026, 10:00 in Berlin, is day 36 for a hire who started on Monday 2 November.
    private static final Instant MONDAY_TEN_BERLIN = Instant.parse("2026-12-07T09:00:00Z");
    private static final int TODAY = 36;
    private static final Path CHECKLIST = Path.of("config/checklists/backend-engineer.yaml");
    private static final Pattern ITEM_LINE = Pattern.compile("(?m)^(\\d+)\\. ");
    private static final Pattern FIRST_NUMBER = Pattern.compile("(\\d+)");

    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, MONDAY_TEN_BERLIN);
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void aStartDateInThePastCatchesUpWithOneDmPerReleasedSectionAndNoLeaks() throws IOException {
        Map<String, Set<Integer>> expected = releasedHireItemsBySectionTitle(TODAY);
        assertThat(expected)
                .as("sanity: the file has sections released by day %d", TODAY)
                .hasSizeGreaterThan(2);

        String answer = harness.enrol(ADMIN, "start <@UHIRE> <@UMGR> backend-engineer 2026-11-02");

        assertThat(answer).contains("Sent " + expected.size() + " message(s)");
        List<RecordedCall> dms = awaitDms(expected.size());
        assertThat(dms).hasSize(expected.size());
        Map<String, Set<Integer>> delivered = new LinkedHashMap<>();
        for (RecordedCall dm : dms) {
            String title = dm.param("text").lines().findFirst().orElseThrow();
            assertThat(delivered.put(title, numbersIn(dm.param("text"))))
                    .as("a second DM for %s", title)
                    .isNull();
        }
        assertThat(delivered).isEqualTo(expected);
    }

    @Test
    void releasingAgainAfterTheCatchUpSendsNothingMore() throws IOException {
        int sections = releasedHireItemsBySectionTitle(TODAY).size();
        harness.enrolled(HIRE, MANAGER, "2026-11-02");
        awaitDms(sections);

        assertThat(harness.releaseDueItems()).isZero();
        harness.say(HIRE, "help");
        assertThat(harness.postsTo("DHIRE")).hasSize(sections + 1);
    }

    @Test
    void theCaughtUpItemsCanBeCompletedAcrossSectionsInOneReply() throws IOException {
        Map<String, Set<Integer>> expected = releasedHireItemsBySectionTitle(TODAY);
        harness.enrolled(HIRE, MANAGER, "2026-11-02");
        int firstOfWeekTwo =
                expected.get("Week 2-4: Core Understanding").iterator().next();

        String reply = harness.say(HIRE, "done 1 " + firstOfWeekTwo).param("text");

        assertThat(reply).contains("Done: 1.", "Done: " + firstOfWeekTwo + ".");
        assertThat(harness.doneCount(MANAGER, HIRE)).isEqualTo(2);
    }

    private List<RecordedCall> awaitDms(int count) {
        harness.awaitMessagesTo("DHIRE", count);
        return harness.postsTo("DHIRE");
    }

    private static Set<Integer> numbersIn(String text) {
        Set<Integer> numbers = new TreeSet<>();
        Matcher matcher = ITEM_LINE.matcher(text);
        while (matcher.find()) {
            numbers.add(Integer.parseInt(matcher.group(1)));
        }
        return numbers;
    }

    /**
     * Section title to the numbers of the hire's own items released by {@code day}. Items are numbered in file order
     * from 1; a period's first day is its release ("week 2" starts on day 8). Weekends shift a release by at most two
     * days, which day 36 (a Monday) absorbs.
     */
    private static Map<String, Set<Integer>> releasedHireItemsBySectionTitle(int day) throws IOException {
        JsonNode checklist = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(CHECKLIST));
        Map<String, Set<Integer>> released = new LinkedHashMap<>();
        int number = 0;
        for (JsonNode section : checklist.path("sections")) {
            for (JsonNode item : section.path("items")) {
                number++;
                String owner = item.path("owner").asText(section.path("owner").asText("hire"));
                String release =
                        item.path("release").asText(section.path("release").asText());
                if (!owner.equals("manager") && firstDay(release) <= day) {
                    released.computeIfAbsent(section.path("title").asText(), t -> new TreeSet<>())
                            .add(number);
                }
            }
        }
        return released;
    }

    private static int firstDay(String period) {
        Matcher matcher = FIRST_NUMBER.matcher(period);
        if (!matcher.find()) {
            throw new IllegalArgumentException("no period: " + period);
        }
        int first = Integer.parseInt(matcher.group(1));
        return period.startsWith("week") ? (first - 1) * 7 + 1 : first;
    }
}
