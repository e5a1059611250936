package dev.onboardingbuddy.enrollment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A person as an HR system names them: by chat id, by e-mail address, or both. The address is kept trimmed and in
 * lower case, because Slack and Entra treat addresses case-insensitively and people type them either way.
 */
public record Contact(Optional<ChatUserId> id, Optional<String> email) {
    public Contact {
        id = id == null ? Optional.empty() : id;
        email = email == null
                ? Optional.empty()
                : email.map(address -> address.strip().toLowerCase(Locale.ROOT)).filter(address -> !address.isEmpty());
        if (id.isEmpty() && email.isEmpty()) {
            throw new IllegalArgumentException("a contact has a chat id or an e-mail address");
        }
    }

    public static Contact of(ChatUserId id) {
        return new Contact(Optional.of(id), Optional.empty());
    }

    public static Contact ofEmail(String email) {
        return new Contact(Optional.empty(), Optional.of(email));
    }

    /** The same contact with the chat id found for its address. */
    public Contact withId(ChatUserId found) {
        return new Contact(Optional.of(found), email);
    }

    /** Whether {@code address} is this contact's, ignoring case. */
    public boolean hasEmail(String address) {
        return email.isPresent()
                && email.get().equalsIgnoreCase(Objects.requireNonNull(address).strip());
    }
}
