package dev.onboardingbuddy.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The compose file and Kubernetes manifests parse and say what the README promises; no container engine needed. */
class DeploymentFilesTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path K8S = Path.of("config/k8s");
    private static final String SHARED_URL = "jdbc:postgresql://postgres:5432/buddy";

    private static JsonNode yaml(Path file) throws IOException {
        JsonNode root = YAML.readTree(Files.readString(file));
        assertThat(root).as(file + " is a YAML map").isNotNull();
        assertThat(root.isObject()).as(file + " is a YAML map").isTrue();
        return root;
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** The variables of the README's configuration table. */
    static Set<String> documentedSettings() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String table = readme.substring(readme.indexOf("## Configuration"), readme.indexOf("## Writing a checklist"));
        Set<String> names = new TreeSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\|").matcher(table);
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    @Test
    void composeRunsTwoBotsOnOneSharedPostgresqlUrlOnDifferentPorts() throws IOException {
        JsonNode services = yaml(Path.of("docker-compose.yaml")).path("services");
        List<String> bots = new ArrayList<>();
        services.fieldNames().forEachRemaining(name -> {
            if (services.path(name).path("command").toString().contains("serve")) {
                bots.add(name);
            }
        });

        assertThat(bots).hasSize(2);
        assertThat(bots)
                .extracting(bot -> services.path(bot)
                        .path("environment")
                        .path("DATABASE_URL")
                        .asText())
                .containsOnly(SHARED_URL);
        assertThat(bots)
                .extracting(bot -> services.path(bot).path("ports").get(0).asText())
                .containsExactlyInAnyOrder("3001:3000", "3002:3000");
        assertThat(bots).allSatisfy(bot -> {
            JsonNode service = services.path(bot);
            assertThat(service.path("build").asText()).isEqualTo(".");
            assertThat(service.path("env_file").asText()).isEqualTo(".env");
            assertThat(service.path("restart").asText()).isEqualTo("unless-stopped");
            assertThat(service.path("depends_on")
                            .path("postgres")
                            .path("condition")
                            .asText())
                    .isEqualTo("service_healthy");
        });
    }

    @Test
    void composesPostgresIsVersion16OnAVolumeWithAPgIsreadyHealthcheck() throws IOException {
        JsonNode compose = yaml(Path.of("docker-compose.yaml"));
        JsonNode postgres = compose.path("services").path("postgres");

        assertThat(postgres.path("image").asText()).isEqualTo("postgres:16");
        assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
        String volume = postgres.path("volumes").get(0).asText();
        assertThat(volume).endsWith(":/var/lib/postgresql/data");
        assertThat(compose.path("volumes").has(volume.substring(0, volume.indexOf(':'))))
                .isTrue();
    }

    @Test
    void everyVariableInEnvExampleIsADocumentedSettingAndHoldsNoRealSecret() throws IOException {
        Set<String> documented = documentedSettings();
        List<String> lines = Files.readAllLines(Path.of(".env.example")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();

        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            String name = line.substring(0, line.indexOf('='));
            assertThat(documented).as("README configuration table").contains(name);
        });
        assertThat(lines)
                .extracting(line -> line.substring(0, line.indexOf('=')))
                .contains(
                        "SLACK_BOT_TOKEN",
                        "SLACK_SIGNING_SECRET",
                        "MANAGER_CHANNEL",
                        "DATABASE_USER",
                        "DATABASE_PASSWORD");
        assertThat(lines)
                .filteredOn(line -> line.contains("TOKEN") || line.contains("SECRET") || line.contains("PASSWORD"))
                .allSatisfy(line -> assertThat(line).matches("[A-Z_]+=(|.*replace-me)"));
    }

    @Test
    void everyKubernetesFileParses() throws IOException {
        try (Stream<Path> files = Files.list(K8S)) {
            List<Path> manifests =
                    files.filter(file -> file.toString().endsWith(".yaml")).toList();
            assertThat(manifests)
                    .extracting(file -> file.getFileName().toString())
                    .contains("deployment.yaml", "service.yaml", "configmap.yaml", "secret.example.yaml");
            for (Path manifest : manifests) {
                assertThat(yaml(manifest).path("kind").asText())
                        .as(manifest.toString())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void theDeploymentRunsTwoNonRootReplicasWithHealthAndReadinessProbes() throws IOException {
        JsonNode deployment = yaml(K8S.resolve("deployment.yaml"));
        JsonNode pod = deployment.path("spec").path("template").path("spec");
        JsonNode container = pod.path("containers").get(0);

        assertThat(deployment.path("kind").asText()).isEqualTo("Deployment");
        assertThat(deployment.path("spec").path("replicas").asInt()).isEqualTo(2);
        assertThat(pod.path("terminationGracePeriodSeconds").asInt()).isEqualTo(40);
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
        assertThat(container.path("image").asText()).startsWith("onboarding-buddy");
        assertThat(container.path("args").toString()).contains("serve");
        assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/healthz");
        assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
                .isEqualTo("/readyz");
        assertThat(container.path("resources").path("requests").has("memory")).isTrue();
        assertThat(container.path("resources").path("limits").has("memory")).isTrue();
    }

    @Test
    void theSecretsComeFromTheExampleSecretAndTheRestFromTheConfigMap() throws IOException {
        JsonNode container = yaml(K8S.resolve("deployment.yaml"))
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        JsonNode secret = yaml(K8S.resolve("secret.example.yaml"));
        JsonNode configMap = yaml(K8S.resolve("configmap.yaml"));

        List<JsonNode> secretRefs = elements(container.path("env"))
                .map(env -> env.path("valueFrom").path("secretKeyRef"))
                .filter(ref -> !ref.isMissingNode())
                .toList();
        assertThat(secretRefs)
                .extracting(ref -> ref.path("key").asText())
                .containsExactlyInAnyOrder("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "DATABASE_PASSWORD");
        assertThat(secretRefs).allSatisfy(ref -> {
            assertThat(ref.path("name").asText())
                    .isEqualTo(secret.path("metadata").path("name").asText());
            assertThat(secret.path("stringData").has(ref.path("key").asText())).isTrue();
        });
        assertThat(secret.path("kind").asText()).isEqualTo("Secret");

        assertThat(elements(container.path("envFrom"))
                        .map(from -> from.path("configMapRef").path("name").asText()))
                .containsExactly(configMap.path("metadata").path("name").asText());
        Set<String> documented = documentedSettings();
        configMap
                .path("data")
                .fieldNames()
                .forEachRemaining(name -> assertThat(documented).contains(name));
        assertThat(configMap.path("data").path("DATABASE_URL").asText()).startsWith("jdbc:postgresql:");
        assertThat(configMap.path("data").has("SLACK_BOT_TOKEN")).isFalse();
    }

    @Test
    void theServiceSendsPort80ToTheBotsPort3000() throws IOException {
        JsonNode service = yaml(K8S.resolve("service.yaml"));
        JsonNode container = yaml(K8S.resolve("deployment.yaml"))
                .path("spec")
                .path("template")
                .path("spec")
                .path("containers")
                .get(0);
        JsonNode port = service.path("spec").path("ports").get(0);
        String target = port.path("targetPort").asText();

        assertThat(port.path("port").asInt()).isEqualTo(80);
        assertThat(elements(container.path("ports"))
                        .filter(p -> p.path("name").asText().equals(target)
                                || p.path("containerPort").asText().equals(target))
                        .map(p -> p.path("containerPort").asInt()))
                .containsExactly(3000);
        assertThat(service.path("spec").path("selector"))
                .isEqualTo(yaml(K8S.resolve("deployment.yaml"))
                        .path("spec")
                        .path("selector")
                        .path("matchLabels"));
    }

    @Test
    void theReadmeTableDocumentsEverySettingOfTheDefaultsFile() throws IOException {
        Set<String> defaults = new TreeSet<>();
        collect("", yaml(Path.of("config/application.yaml")), defaults);

        assertThat(documentedSettings()).containsAll(defaults);
    }

    private static void collect(String prefix, JsonNode node, Set<String> names) {
        if (!node.isObject()) {
            names.add(prefix.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
            return;
        }
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            collect(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), names);
        }
    }
}
