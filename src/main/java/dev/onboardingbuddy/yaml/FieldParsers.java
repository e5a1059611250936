package dev.onboardingbuddy.yaml;

import dev.onboardingbuddy.checklist.Period;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parsers for the value types shared by sections and items: periods and lower-case enum names. */
final class FieldParsers {
    private FieldParsers() {}

    /** A period that must end within the programme; 'week 13' is day 91, past a 90-day programme. */
    static Optional<Period> period(YamlMapping mapping, String field, int programmeDays) {
        Optional<Period> period = mapping.parsed(field, Period::parse);
        if (period.isPresent() && period.get().lastDay() > programmeDays) {
            mapping.problem(
                    field,
                    field + " '" + mapping.text(field).orElse("") + "' ends on day "
                            + period.get().lastDay() + ", past the programme's " + programmeDays + " days");
            return Optional.empty();
        }
        return period;
    }

    /** An enum constant written in lower case, such as {@code responsibility} or {@code both}. */
    static <E extends Enum<E>> Optional<E> choice(YamlMapping mapping, String field, Class<E> type) {
        return mapping.text(field).flatMap(text -> {
            for (E constant : type.getEnumConstants()) {
                if (yamlName(constant).equals(text)) {
                    return Optional.of(constant);
                }
            }
            mapping.problem(field, field + " '" + text + "' is not valid; choose one of: " + choices(type));
            return Optional.empty();
        });
    }

    static String yamlName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> String choices(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(FieldParsers::yamlName)
                .collect(Collectors.joining(", "));
    }
}
