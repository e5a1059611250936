package dev.onboardingbuddy.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.msteams.TeamsDirectory;
import dev.onboardingbuddy.msteams.TeamsDirectory.Entry;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TeamsDirectory} does; subclasses supply the implementation under test. */
public abstract class TeamsDirectoryContract {
    private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
    private static final String USER = "29:1AbCdEfGhIjKlMnOpQrStUvWxYz";
    private static final String SERVICE = "https://smba.trafficmanager.net/emea/";

    private TeamsDirectory directory;

    protected abstract TeamsDirectory newDirectory();

    @BeforeEach
    void createDirectory() {
        directory = newDirectory();
    }

    private static Entry seen(String name, Optional<String> conversation, Optional<String> zone) {
        return new Entry(
                USER,
                Optional.of("6d1f2f7e-3c4b-4d5a-9e8f-0a1b2c3d4e5f"),
                name,
                SERVICE,
                Optional.of("tenant-1"),
                conversation,
                zone);
    }

    @Test
    void aPersonIsFoundByAddressOrPrincipalNameInAnyCaseEvenIfTheyNeverWrote() {
        directory.rememberAddresses(
                "29:1other",
                SERVICE,
                Optional.of("Hana.Hire@Example.com"),
                Optional.of("hana@corp.onmicrosoft.com"),
                NOW);
        directory.rememberAddresses("29:1other", SERVICE, Optional.empty(), Optional.empty(), NOW.plusSeconds(1));

        assertThat(directory.findByAddress("hana.hire@example.COM")).contains("29:1other");
        assertThat(directory.findByAddress(" HANA@corp.onmicrosoft.com")).contains("29:1other");
        assertThat(directory.findByAddress("omar@example.com")).isEmpty();
        assertThat(directory.find("29:1other")).map(Entry::serviceUrl).contains(SERVICE);
    }

    @Test
    void addressesJoinWhatActivitiesTold() {
        directory.remember(seen("Hana Hire", Optional.of("a:1chat"), Optional.of("Asia/Tokyo")), NOW);
        directory.rememberAddresses(USER, SERVICE, Optional.of("hana@example.com"), Optional.empty(), NOW);

        assertThat(directory.find(USER)).contains(seen("Hana Hire", Optional.of("a:1chat"), Optional.of("Asia/Tokyo")));
        assertThat(directory.findByAddress("hana@example.com")).contains(USER);
    }

    @Test
    void anUnknownPersonIsNotFound() {
        assertThat(directory.find(USER)).isEmpty();
    }

    @Test
    void whatAnActivityToldIsFoundAgain() {
        directory.remember(seen("Hana Hire", Optional.of("a:1chat"), Optional.of("Asia/Tokyo")), NOW);

        assertThat(directory.find(USER)).contains(seen("Hana Hire", Optional.of("a:1chat"), Optional.of("Asia/Tokyo")));
    }

    @Test
    void aLaterActivityWithoutAConversationOrZoneKeepsTheEarlierOnes() {
        directory.remember(seen("Hana Hire", Optional.of("a:1chat"), Optional.of("Asia/Tokyo")), NOW);
        directory.remember(
                new Entry(
                        USER,
                        Optional.empty(),
                        "",
                        "https://smba.trafficmanager.net/amer/",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty()),
                NOW.plusSeconds(60));

        Entry found = directory.find(USER).orElseThrow();
        assertThat(found.conversationId()).contains("a:1chat");
        assertThat(found.timeZone()).contains("Asia/Tokyo");
        assertThat(found.name()).isEqualTo("Hana Hire");
        assertThat(found.aadObjectId()).isPresent();
        assertThat(found.serviceUrl()).isEqualTo("https://smba.trafficmanager.net/amer/");
    }

    @Test
    void aNewZoneReplacesTheOldOne() {
        directory.remember(seen("Hana Hire", Optional.empty(), Optional.of("Asia/Tokyo")), NOW);
        directory.remember(seen("Hana Hire", Optional.empty(), Optional.of("Europe/Berlin")), NOW.plusSeconds(60));

        assertThat(directory.find(USER).orElseThrow().timeZone()).contains("Europe/Berlin");
    }

    @Test
    void aNameLearnedFromAMentionDoesNotOverwriteWhereThePersonIsReached() {
        directory.remember(seen("Hana Hire", Optional.of("a:1chat"), Optional.empty()), NOW);
        directory.rememberName(USER, "Hana H.", "https://elsewhere.example.com/", NOW.plusSeconds(60));

        Entry found = directory.find(USER).orElseThrow();
        assertThat(found.name()).isEqualTo("Hana H.");
        assertThat(found.serviceUrl()).isEqualTo(SERVICE);
        assertThat(found.conversationId()).contains("a:1chat");
    }
}
