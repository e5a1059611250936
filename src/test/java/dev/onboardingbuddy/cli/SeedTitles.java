package dev.onboardingbuddy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The title of every checkbox in a seed-format document: the bold part when there is one, else the line. */
final class SeedTitles {
    private SeedTitles() {}

    static List<String> read(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .map(String::strip)
                    .filter(line -> line.startsWith("- [ ] "))
                    .map(line -> line.substring(6))
                    .map(line -> line.startsWith("**") ? line.substring(2, line.indexOf("**", 2)) : line)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
