package dev.onboardingbuddy.checklist;

import java.util.Objects;

/** A reference shown to the hire: a technology, a contact's topics, a document; the link may still be blank. */
public record Resource(String group, String name, String description, String link) {
    public Resource {
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        link = link == null ? "" : link;
    }
}
