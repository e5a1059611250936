package dev.onboardingbuddy.hrapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.onboardingbuddy.progress.CompletionRecord;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Completions as flat rows with one set of column names, for the API's JSON and CSV and the command line's export:
 * hire, item, section, who, when, how. Thread-safe.
 */
public final class CompletionsFormat {
    public static final List<String> COLUMNS = List.of(
            "hire_id",
            "hire_chat_id",
            "hire_email",
            "template",
            "item",
            "item_title",
            "section",
            "section_title",
            "completed_by",
            "completed_at",
            "how");
    /** Quotes only the cells that need it (a comma, a quote, a line break), as spreadsheets write CSV themselves. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvSchema SCHEMA = COLUMNS.stream()
            .reduce(CsvSchema.builder(), CsvSchema.Builder::addColumn, (a, b) -> a)
            .build()
            .withHeader();

    private CompletionsFormat() {}

    /** One record by column name; an absent address is an empty string, so CSV and JSON have the same cells. */
    public static Map<String, String> row(CompletionRecord record) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("hire_id", record.hire().value());
        row.put("hire_chat_id", record.hireUser().value());
        row.put("hire_email", record.hireEmail().orElse(""));
        row.put("template", record.templateId());
        row.put("item", record.itemKey());
        row.put("item_title", record.itemTitle());
        row.put("section", record.sectionId());
        row.put("section_title", record.sectionTitle());
        row.put("completed_by", record.by().value());
        row.put("completed_at", record.at().toString());
        row.put("how", record.how().name().toLowerCase(Locale.ROOT));
        return row;
    }

    /** {@code {"completions": [...]}}, as the API answers {@code GET /api/v1/completions}. */
    public static String json(List<CompletionRecord> records) {
        try {
            return JSON.writerWithDefaultPrettyPrinter()
                    .writeValueAsString(Map.of(
                            "completions",
                            records.stream().map(CompletionsFormat::row).toList()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 CSV with a header line. */
    public static String csv(List<CompletionRecord> records) {
        try {
            return CSV.writer(SCHEMA)
                    .writeValueAsString(
                            records.stream().map(CompletionsFormat::row).toList());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
