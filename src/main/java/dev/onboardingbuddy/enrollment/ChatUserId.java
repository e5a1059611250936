package dev.onboardingbuddy.enrollment;

import java.util.Objects;

/** A person's id on the chat platform (a Slack {@code U...} id, a Teams AAD id); opaque to the core. */
public record ChatUserId(String value) {
  public ChatUserId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("a chat user id is not blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
