package dev.onboardingbuddy.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seed markdown checklist read independently of the production code, so the tests compare the YAML against the
 * source rather than against itself.
 */
record SeedChecklist(List<Box> boxes) {
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*(.*)");
    private static final Pattern SUB_FIELD = Pattern.compile("\\s+- ([A-Z][A-Za-z ]+): (.*)");
    private static final Pattern SUB_LINE = Pattern.compile("\\s+- (.*)");

    /** One {@code - [ ]} line with the indented lines under it. */
    record Box(String heading, String text, Map<String, String> fields, List<String> subLines) {
        /** The bold lead-in when there is one ("**Security** - Target: Advanced"), else the whole line. */
        String title() {
            Matcher bold = BOLD.matcher(text);
            return bold.matches() ? bold.group(1) : text;
        }

        /** What follows the bold lead-in, such as "with Frontend Engineer" or ": Apply ...". */
        String rest() {
            Matcher bold = BOLD.matcher(text);
            return bold.matches() ? bold.group(2).trim() : "";
        }

        String field(String name) {
            return fields.getOrDefault(name, "");
        }
    }

    static SeedChecklist read(Path file) throws IOException {
        List<Box> boxes = new ArrayList<>();
        String heading = "";
        Box open = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+\\s*", "").trim();
                open = null;
            } else if (line.startsWith("- [ ] ")) {
                open = new Box(heading, line.substring(6).trim(), new LinkedHashMap<>(), new ArrayList<>());
                boxes.add(open);
            } else if (open != null && SUB_LINE.matcher(line).matches()) {
                Matcher field = SUB_FIELD.matcher(line);
                if (field.matches()) {
                    open.fields().put(field.group(1), field.group(2).trim());
                }
                Matcher sub = SUB_LINE.matcher(line);
                sub.matches();
                open.subLines().add(sub.group(1).trim());
            } else if (!line.isBlank()) {
                open = null;
            }
        }
        return new SeedChecklist(List.copyOf(boxes));
    }

    List<Box> under(String heading) {
        return boxes.stream().filter(box -> box.heading().equals(heading)).toList();
    }
}
