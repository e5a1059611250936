package dev.onboardingbuddy.config;

import java.util.Set;

/**
 * Who holds a role on every platform the installation serves, as the ids were written in the settings.
 *
 * @param admins the people who may enrol anyone and see everyone (ONBOARDING_ADMINS)
 * @param managers the people who may enrol their own hires once admins are set (ONBOARDING_MANAGERS)
 */
public record RoleSettings(Set<String> admins, Set<String> managers) {
    public RoleSettings {
        admins = Set.copyOf(admins);
        managers = Set.copyOf(managers);
    }
}
