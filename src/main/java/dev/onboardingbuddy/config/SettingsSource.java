package dev.onboardingbuddy.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Raw settings by environment-variable name: the defaults file flattened ({@code database.url} becomes
 * {@code DATABASE_URL}), overlaid by the environment. Only names the defaults file knows are read from the
 * environment, so an unrelated variable cannot change behaviour.
 */
final class SettingsSource {
    private final Map<String, String> values;

    private SettingsSource(Map<String, String> values) {
        this.values = values;
    }

    static SettingsSource load(Path defaultsFile, Map<String, String> environment) {
        Map<String, String> values = new TreeMap<>();
        flatten("", readYaml(defaultsFile), values);
        for (String name : values.keySet()) {
            String fromEnvironment = environment.get(name);
            if (fromEnvironment != null) {
                values.put(name, fromEnvironment.trim());
            }
        }
        return new SettingsSource(values);
    }

    static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name)).filter(value -> !value.isBlank());
    }

    boolean knows(String name) {
        return values.containsKey(name);
    }

    private static JsonNode readYaml(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            if (root == null || !root.isObject()) {
                throw new ConfigurationException(file + " must be a YAML map of settings");
            }
            return root;
        } catch (IOException e) {
            throw new ConfigurationException("cannot read the defaults file " + file + ": " + e.getMessage()
                    + " (run from the project folder, or set CONFIG_FILE to its path)");
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), out);
            }
        } else {
            out.put(envName(prefix), node.isNull() ? "" : node.asText());
        }
    }
}
