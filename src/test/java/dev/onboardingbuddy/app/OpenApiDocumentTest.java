package dev.onboardingbuddy.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HR API's OpenAPI document, as the running bot serves it, is valid OpenAPI 3 and names exactly the methods and
 * paths Javalin registered under /api/v1: a route added without documenting it, or a documented one removed, fails.
 */
class OpenApiDocumentTest {
    @TempDir
    Path directory;

    BotHarness harness;

    @BeforeEach
    void start() {
        harness = new BotHarness(directory, Instant.parse("2026-12-07T09:00:00Z"));
    }

    @AfterEach
    void stop() {
        harness.close();
    }

    @Test
    void theServedDocumentIsValidAndMatchesTheRegisteredRoutes() {
        BotHarness.ApiResponse served = harness.api("GET", "/api/v1/openapi.json", null, null);
        assertThat(served.status()).isEqualTo(200);

        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body());
        assertThat(parsed.getMessages()).as("OpenAPI validation messages").isEmpty();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(disagreements(documented(served.body()), registered())).isEmpty();
    }

    @Test
    void theComparisonFailsWhenARouteIsUndocumentedOrADocumentedOneIsGone() {
        ObjectNode document = (ObjectNode) BotHarness.json(
                harness.api("GET", "/api/v1/openapi.json", null, null).body());
        ((ObjectNode) document.get("paths")).remove("/api/v1/completions");
        ((ObjectNode) document.get("paths").get("/api/v1/hires/{id}")).remove("patch");
        ((ObjectNode) document.get("paths")).putObject("/api/v1/teams").putObject("get");

        assertThat(disagreements(documented(document.toString()), registered()))
                .containsExactlyInAnyOrder(
                        "registered but not documented: GET /api/v1/completions",
                        "registered but not documented: PATCH /api/v1/hires/{id}",
                        "documented but not registered: GET /api/v1/teams");
    }

    private Set<String> registered() {
        return harness.bot().routes().stream()
                .filter(route -> route.path().startsWith("/api/v1/"))
                .map(route -> route.method() + " " + route.path())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every operation of the document as METHOD path; path-level keys that are not methods are left out. */
    private static Set<String> documented(String document) {
        Set<String> operations = new TreeSet<>();
        Set<String> methods = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
        BotHarness.json(document)
                .path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    if (methods.contains(operation.getKey())) {
                        operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                }));
        return operations;
    }

    private static List<String> disagreements(Set<String> documented, Set<String> registered) {
        List<String> found = new ArrayList<>();
        registered.stream()
                .filter(route -> !documented.contains(route))
                .forEach(route -> found.add("registered but not documented: " + route));
        documented.stream()
                .filter(route -> !registered.contains(route))
                .forEach(route -> found.add("documented but not registered: " + route));
        return found;
    }
}
