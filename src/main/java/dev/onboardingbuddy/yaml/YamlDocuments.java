package dev.onboardingbuddy.yaml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns YAML text into SnakeYAML's node tree. We read nodes, not Java objects: nodes keep the line of every value,
 * and composing never instantiates arbitrary types.
 */
final class YamlDocuments {
    private YamlDocuments() {}

    static Optional<String> readText(Path file, Problems problems) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            problems.add(0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** Empty when the text is not YAML (reported with the line SnakeYAML stopped at) or holds no document. */
    static Optional<Node> compose(String text, Problems problems, String expected) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
            if (root == null) {
                problems.add(1, "the file is empty; expected " + expected);
            }
            return Optional.ofNullable(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 0 : mark.getLine() + 1;
            String what = e.getProblem() != null ? e.getProblem() : e.getMessage();
            // SnakeYAML stops where it noticed the mistake; an unclosed quote is only noticed at the end of the file.
            String context = e.getContext() == null
                    ? ""
                    : " (" + e.getContext()
                            + (e.getContextMark() != null && e.getContextMark().getLine() + 1 != line
                                    ? " that starts on line "
                                            + (e.getContextMark().getLine() + 1)
                                    : "")
                            + ")";
            problems.add(line, "invalid YAML: " + what + context);
            return Optional.empty();
        } catch (YAMLException e) {
            problems.add(0, "invalid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }
}
