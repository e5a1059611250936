package dev.onboardingbuddy.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping with the lines of its fields. Every complaint is prefixed with {@code what} ("item 'foo'") and
 * lands on the line of the offending value, so authors can jump straight to it. Not thread-safe.
 */
final class YamlMapping {
    private final String what;
    private final int line;
    private final Problems problems;
    private final Map<String, NodeTuple> fields = new LinkedHashMap<>();
    private final List<NodeTuple> repeated = new ArrayList<>();

    private YamlMapping(String what, MappingNode node, Problems problems) {
        this.what = what;
        this.line = lineOf(node);
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (fields.putIfAbsent(name(tuple), tuple) != null) {
                repeated.add(tuple);
            }
        }
    }

    private YamlMapping(String what, YamlMapping other) {
        this.what = what;
        this.line = other.line;
        this.problems = other.problems;
        this.fields.putAll(other.fields);
        this.repeated.addAll(other.repeated);
    }

    private static String name(NodeTuple tuple) {
        return tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "?";
    }

    /** Empty (and reported) when the node is not a mapping. */
    static Optional<YamlMapping> of(Node node, String what, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(what, mapping, problems));
        }
        problems.add(lineOf(node), what + ": expected a mapping of fields, such as 'key: value'");
        return Optional.empty();
    }

    /** The same fields under a better name, once the name (such as the item's key) is known. */
    YamlMapping named(String betterWhat) {
        return new YamlMapping(betterWhat, this);
    }

    static int lineOf(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    int line() {
        return line;
    }

    String what() {
        return what;
    }

    boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The line of a field's value, or of the mapping itself when the field is absent. */
    int lineOf(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple == null ? line : lineOf(tuple.getValueNode());
    }

    void problem(String field, String message) {
        problems.add(lineOf(field), what + ": " + message);
    }

    /** Reports unknown and repeated fields; every reader calls it once per mapping. */
    void rejectUnknown(List<String> allowed) {
        for (NodeTuple tuple : repeated) {
            // SnakeYAML's composer keeps both; silently taking either would hide an editing mistake.
            problems.add(
                    lineOf(tuple.getKeyNode()),
                    what + ": field '" + name(tuple) + "' is given twice (first on line "
                            + lineOf(fields.get(name(tuple)).getKeyNode()) + ")");
        }
        fields.forEach((name, tuple) -> {
            if (!allowed.contains(name)) {
                problems.add(
                        lineOf(tuple.getKeyNode()),
                        what + ": unknown field '" + name + "'; allowed: " + String.join(", ", allowed));
            }
        });
    }

    /** Like {@link #text} but silent, for naming a mapping before it is checked. */
    Optional<String> peekText(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple != null
                        && tuple.getValueNode() instanceof ScalarNode scalar
                        && !scalar.getValue().isBlank()
                ? Optional.of(scalar.getValue().strip())
                : Optional.empty();
    }

    /** A plain text value; blank counts as absent. */
    Optional<String> text(String field) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null) {
            return Optional.empty();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar) {
            String value = scalar.getValue().strip();
            return value.isEmpty() ? Optional.empty() : Optional.of(value);
        }
        problem(field, "'" + field + "' must be a single text value");
        return Optional.empty();
    }

    Optional<String> requiredText(String field) {
        Optional<String> value = text(field);
        if (value.isEmpty() && (!has(field) || fields.get(field).getValueNode() instanceof ScalarNode)) {
            problem(field, "'" + field + "' is missing");
        }
        return value;
    }

    /** Parses a text value; the parser's exception message becomes the problem. */
    <T> Optional<T> parsed(String field, Function<String, T> parser) {
        return text(field).flatMap(text -> {
            try {
                return Optional.of(parser.apply(text));
            } catch (IllegalArgumentException e) {
                problem(field, field + " " + e.getMessage());
                return Optional.empty();
            }
        });
    }

    Optional<Integer> positiveInt(String field) {
        return parsed(field, text -> {
            try {
                int value = Integer.parseInt(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below with the same message as a non-positive number
            }
            throw new IllegalArgumentException("'" + text + "' must be a whole number above 0");
        });
    }

    /** The nodes of a list field; absent means an empty list. */
    List<Node> list(String field) {
        NodeTuple tuple = fields.get(field);
        if (tuple == null) {
            return List.of();
        }
        if (tuple.getValueNode() instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        if (tuple.getValueNode() instanceof ScalarNode scalar
                && scalar.getValue().isBlank()) {
            return List.of();
        }
        problem(field, "'" + field + "' must be a list ('- ...' lines)");
        return List.of();
    }

    /** A list of text lines, such as notes or metrics. */
    List<String> texts(String field) {
        List<String> texts = new ArrayList<>();
        for (Node node : list(field)) {
            if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                texts.add(scalar.getValue().strip());
            } else {
                problems.add(lineOf(node), what + ": every entry of '" + field + "' must be a non-empty text");
            }
        }
        return texts;
    }

    Optional<Node> node(String field) {
        NodeTuple tuple = fields.get(field);
        return tuple == null ? Optional.empty() : Optional.of(tuple.getValueNode());
    }
}
