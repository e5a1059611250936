package dev.onboardingbuddy.notification;

/** PENDING until a dispatcher sends it; FAILED after the last try, which alerts the admins. */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}
