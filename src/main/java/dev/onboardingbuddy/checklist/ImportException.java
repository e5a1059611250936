package dev.onboardingbuddy.checklist;

/**
 * A checklist document the importer cannot read. Carries the 1-based line the problem was found on, so that the
 * author can fix the document; 0 when the problem is the document as a whole (no title, no checkbox).
 */
public final class ImportException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;

    ImportException(int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
