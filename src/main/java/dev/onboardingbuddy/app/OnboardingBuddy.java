package dev.onboardingbuddy.app;

import dev.onboardingbuddy.config.Settings;
import java.time.Clock;

/** The composition root (being wired; replaced in the next commit). */
public final class OnboardingBuddy implements AutoCloseable {
  private OnboardingBuddy() {}

  public static OnboardingBuddy start(Settings settings, Clock clock) {
    throw new IllegalStateException("serve is being wired");
  }

  @Override
  public void close() {}
}
