package dev.onboardingbuddy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onboardingbuddy.progress.Reply;
import dev.onboardingbuddy.progress.ReplyParser;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The Teams app package source: one bot in the personal and team scopes, commands it understands, valid icons. */
class TeamsManifestTest {
    private static final Path PACKAGE = Path.of("config/msteams");
    private static final JsonNode MANIFEST = read();
    private static final JsonNode BOT = MANIFEST.path("bots").path(0);
    private static final String PLACEHOLDER = "00000000-0000-0000-0000-000000000000";
    /** The verbs after {@code onboarding}, as the command parsers of both chat adapters read them. */
    private static final Set<String> ONBOARDING_VERBS =
            Set.of("start", "status", "pause", "resume", "cancel", "move", "help");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static JsonNode read() {
        try {
            return new ObjectMapper().readTree(PACKAGE.resolve("manifest.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode commandsFor(String scope) {
        for (JsonNode list : BOT.path("commandLists")) {
            if (texts(list.path("scopes")).equals(List.of(scope))) {
                return list.path("commands");
            }
        }
        throw new AssertionError("no command list for the scope " + scope);
    }

    private static List<String> titles(JsonNode commands) {
        List<String> titles = new ArrayList<>();
        commands.forEach(command -> titles.add(command.path("title").asText()));
        return titles;
    }

    private static BufferedImage png(String name) throws IOException {
        Path file = PACKAGE.resolve(name);
        assertThat(file).as(name).isRegularFile();
        try (InputStream in = Files.newInputStream(file)) {
            assertThat(in.readNBytes(PNG_SIGNATURE.length))
                    .as(name + " starts with the PNG signature")
                    .isEqualTo(PNG_SIGNATURE);
        }
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image).as(name + " is readable as an image").isNotNull();
        return image;
    }

    @Test
    void theManifestVersionIsTheOneItsSchemaDescribes() {
        String version = MANIFEST.path("manifestVersion").asText();

        assertThat(version).matches("1\\.(1[7-9]|[2-9]\\d)");
        assertThat(MANIFEST.path("$schema").asText())
                .isEqualTo("https://developer.microsoft.com/json-schemas/teams/v" + version
                        + "/MicrosoftTeams.schema.json");
    }

    @Test
    void theAppAndItsBotCarryTheAzureBotsAppIdPlaceholderUntilAnAdminReplacesIt() {
        assertThat(MANIFEST.path("id").asText()).isEqualTo(PLACEHOLDER);
        assertThat(BOT.path("botId").asText()).isEqualTo(MANIFEST.path("id").asText());
        assertThat(MANIFEST.path("bots")).hasSize(1);
    }

    @Test
    void theBotOffersItsCommandsInBothScopes() {
        assertThat(texts(BOT.path("scopes"))).containsExactlyInAnyOrder("personal", "team");
        assertThat(BOT.path("supportsFiles").isBoolean()).isTrue();
        assertThat(BOT.path("supportsFiles").asBoolean()).isFalse();
        assertThat(BOT.path("isNotificationOnly").isBoolean()).isTrue();
        assertThat(BOT.path("isNotificationOnly").asBoolean()).isFalse();
        assertThat(BOT.path("commandLists")).hasSize(2);
        assertThat(titles(commandsFor("personal"))).isNotEmpty();
        assertThat(titles(commandsFor("team"))).isNotEmpty();
    }

    @Test
    void eachScopeOffersAtMostTenCommandsEachWithATitleAndADescriptionWithinTeamsLimits() {
        for (String scope : List.of("personal", "team")) {
            JsonNode commands = commandsFor(scope);
            assertThat(commands.size()).as(scope).isBetween(1, 10);
            assertThat(titles(commands)).as(scope).doesNotHaveDuplicates();
            commands.forEach(command -> {
                assertThat(command.path("title").asText())
                        .as(scope + " title")
                        .isNotBlank()
                        .hasSizeLessThanOrEqualTo(32);
                assertThat(command.path("description").asText())
                        .as(scope + " description of " + command.path("title"))
                        .isNotBlank()
                        .hasSizeLessThanOrEqualTo(128);
            });
        }
    }

    @Test
    void everyPersonalCommandIsAVerbTheBotUnderstands() {
        ReplyParser replies = new ReplyParser();

        assertThat(titles(commandsFor("personal"))).allSatisfy(title -> {
            List<String> words = Arrays.asList(title.split(" "));
            if (words.get(0).equals("onboarding")) {
                assertThat(words).hasSize(2);
                assertThat(ONBOARDING_VERBS).contains(words.get(1));
            } else {
                assertThat(words).hasSize(1);
                boolean understood = !(replies.parse(title) instanceof Reply.Unknown)
                        || !(replies.parse(title + " 1") instanceof Reply.Unknown);
                assertThat(understood)
                        .as("the hire's reply parser reads `%s`", title)
                        .isTrue();
            }
        });
        assertThat(titles(commandsFor("personal")))
                .contains(
                        "done",
                        "undo",
                        "list",
                        "help",
                        "onboarding start",
                        "onboarding status",
                        "onboarding pause",
                        "onboarding resume",
                        "onboarding cancel",
                        "onboarding move");
    }

    @Test
    void theTeamScopeOffersTheOnboardingCommandsAndHelp() {
        assertThat(titles(commandsFor("team")))
                .containsExactlyInAnyOrder(
                        "onboarding start",
                        "onboarding status",
                        "onboarding pause",
                        "onboarding resume",
                        "onboarding cancel",
                        "onboarding move",
                        "help");
    }

    @Test
    void theColourIconIs192PixelsSquareAndItsBackgroundIsTheAccentColour() throws IOException {
        BufferedImage color = png(MANIFEST.path("icons").path("color").asText());

        assertThat(color.getWidth()).isEqualTo(192);
        assertThat(color.getHeight()).isEqualTo(192);
        String accent = MANIFEST.path("accentColor").asText();
        assertThat(accent).matches("#[0-9A-Fa-f]{6}");
        for (int[] corner : new int[][] {{0, 0}, {191, 0}, {0, 191}, {191, 191}}) {
            int argb = color.getRGB(corner[0], corner[1]);
            assertThat(argb >>> 24).as("opaque corner").isEqualTo(0xFF);
            assertThat(argb & 0xFFFFFF).as("corner colour").isEqualTo(Integer.parseInt(accent.substring(1), 16));
        }
    }

    @Test
    void theOutlineIconIs32PixelsSquareAndOnlyWhiteOnTransparent() throws IOException {
        BufferedImage outline = png(MANIFEST.path("icons").path("outline").asText());

        assertThat(outline.getWidth()).isEqualTo(32);
        assertThat(outline.getHeight()).isEqualTo(32);
        assertThat(outline.getColorModel().hasAlpha()).isTrue();
        int white = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                boolean transparent = argb >>> 24 == 0;
                boolean isWhite = (argb & 0xFFFFFF) == 0xFFFFFF;
                assertThat(transparent || isWhite)
                        .as("pixel (%d, %d) is white or transparent: %08x", x, y, argb)
                        .isTrue();
                white += transparent ? 0 : 1;
            }
        }
        assertThat(white).as("white pixels").isPositive();
    }

    @Test
    void theDeveloperPagesLieOnAValidDomainAndTheBotAsksOnlyForIdentityAndMessagingTeamMembers() {
        List<String> domains = texts(MANIFEST.path("validDomains"));
        assertThat(domains).isNotEmpty().allSatisfy(domain -> assertThat(domain).doesNotContain("://", "/"));
        JsonNode developer = MANIFEST.path("developer");
        assertThat(developer.path("name").asText()).isEqualTo("Onboarding Buddy");
        for (String url : List.of("websiteUrl", "privacyUrl", "termsOfUseUrl")) {
            assertThat(developer.path(url).asText())
                    .as(url)
                    .startsWith("https://")
                    .satisfies(value ->
                            assertThat(domains).contains(URI.create(value).getHost()));
        }
        assertThat(MANIFEST.path("name").path("short").asText()).isEqualTo("Onboarding Buddy");
        assertThat(MANIFEST.path("description").path("short").asText())
                .isNotBlank()
                .hasSizeLessThanOrEqualTo(80);
        assertThat(MANIFEST.path("description").path("full").asText())
                .isNotBlank()
                .hasSizeLessThanOrEqualTo(4000);
        assertThat(texts(MANIFEST.path("permissions"))).containsExactlyInAnyOrder("identity", "messageTeamMembers");
    }
}
