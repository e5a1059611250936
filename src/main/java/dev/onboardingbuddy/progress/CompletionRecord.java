package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import java.time.Instant;
import java.util.Optional;

/**
 * One completed item as an audit asks for it: whose programme, which item in which section, who ticked it, when and
 * how. Titles are the template's at export time; an item the template dropped keeps its key as its title.
 *
 * @param hireEmail the address HR knows the hire by, when HR announced them
 */
public record CompletionRecord(
        HireId hire,
        ChatUserId hireUser,
        Optional<String> hireEmail,
        String templateId,
        String itemKey,
        String itemTitle,
        String sectionId,
        String sectionTitle,
        ChatUserId by,
        Instant at,
        CompletionMethod how) {}
