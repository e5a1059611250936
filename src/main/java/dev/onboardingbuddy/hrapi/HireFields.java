package dev.onboardingbuddy.hrapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onboardingbuddy.enrollment.ChatIds;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.Contact;
import dev.onboardingbuddy.enrollment.HireProblem;
import dev.onboardingbuddy.enrollment.HireRequest;
import dev.onboardingbuddy.enrollment.Platform;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a hire from flat named fields (the API's JSON body, a row of {@code import-hires}'s CSV), collecting one
 * message per bad field rather than stopping at the first. Not thread-safe: one instance per request or row.
 */
public final class HireFields {
    public static final List<String> NAMES = List.of(
            "email",
            "chat_id",
            "manager_email",
            "manager_id",
            "template",
            "start_date",
            "calendar",
            "team",
            "buddy_email",
            "buddy_id",
            "platform");
    private static final Set<String> KNOWN = Set.copyOf(NAMES);

    private final Map<String, String> values;
    private final Map<String, String> problems = new LinkedHashMap<>();

    private HireFields(Map<String, String> values) {
        this.values = values;
    }

    /** Fields of a JSON object; anything but a string (or null) is a problem, and so is a field nobody knows. */
    static HireFields of(JsonNode body) {
        Map<String, String> values = new LinkedHashMap<>();
        HireFields fields = new HireFields(values);
        body.properties().forEach(field -> {
            if (!KNOWN.contains(field.getKey())) {
                fields.problems.put(field.getKey(), "unknown field; the fields are " + String.join(", ", NAMES));
            } else if (field.getValue().isTextual()) {
                values.put(field.getKey(), field.getValue().asText());
            } else if (!field.getValue().isNull()) {
                fields.problems.put(field.getKey(), "must be a string");
            }
        });
        return fields;
    }

    /** Fields of a spreadsheet row by column name; empty cells count as absent. */
    public static HireFields of(Map<String, String> row) {
        return new HireFields(new LinkedHashMap<>(row));
    }

    /**
     * The request, or empty when a field is bad; then {@link #problems} says why.
     */
    public Optional<HireRequest> request() {
        Optional<Contact> hire = contact("email", "chat_id", true);
        Optional<Contact> manager = contact("manager_email", "manager_id", true);
        Optional<Contact> buddy = contact("buddy_email", "buddy_id", false);
        Optional<LocalDate> start = text("start_date").flatMap(this::date);
        Optional<Platform> platform = text("platform").flatMap(this::platform);
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HireRequest(
                hire.orElseThrow(),
                manager.orElseThrow(),
                buddy,
                text("template"),
                start,
                text("calendar"),
                text("team"),
                platform));
    }

    /** Problems by field name, in the order found. */
    public Map<String, String> problems() {
        return problems;
    }

    /** The name of the field a core problem is about, as this request spelled it. */
    public String nameOf(HireProblem.Field field) {
        return switch (field) {
            case HIRE -> text("email").isPresent() ? "email" : "chat_id";
            case MANAGER -> text("manager_id").isPresent() ? "manager_id" : "manager_email";
            case BUDDY -> text("buddy_id").isPresent() ? "buddy_id" : "buddy_email";
            case TEMPLATE -> "template";
            case START_DATE -> "start_date";
            case CALENDAR -> "calendar";
            case TEAM -> "team";
            case PLATFORM -> "platform";
        };
    }

    /** Every problem, the core's included, by field name. */
    public Map<String, String> withCore(List<HireProblem> core) {
        Map<String, String> all = new LinkedHashMap<>(problems);
        core.forEach(problem -> all.merge(nameOf(problem.field()), problem.message(), (a, b) -> a + "; " + b));
        return all;
    }

    private Optional<Contact> contact(String emailField, String idField, boolean required) {
        Optional<String> email = text(emailField);
        Optional<ChatUserId> id = text(idField).flatMap(value -> {
            Optional<ChatUserId> parsed = ChatIds.person(value);
            if (parsed.isEmpty()) {
                problems.put(
                        idField,
                        "'" + value + "' is not a chat user id; give a Slack id such as U012AB3CD or a Teams "
                                + "id such as 29:1AbC...");
            }
            return parsed;
        });
        if (email.isEmpty() && text(idField).isEmpty()) {
            if (required) {
                problems.put(emailField, "give " + emailField + " or " + idField);
            }
            return Optional.empty();
        }
        if (problems.containsKey(idField)) {
            return Optional.empty();
        }
        return Optional.of(new Contact(id, email));
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.get(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    private Optional<LocalDate> date(String value) {
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            problems.put("start_date", "'" + value + "' is not a date; write it as YYYY-MM-DD, such as 2026-12-07");
            return Optional.empty();
        }
    }

    private Optional<Platform> platform(String value) {
        try {
            return Optional.of(Platform.ofKey(value.toLowerCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.put("platform", "'" + value + "' is not a platform; use slack or msteams");
            return Optional.empty();
        }
    }
}
