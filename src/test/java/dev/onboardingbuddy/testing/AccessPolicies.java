package dev.onboardingbuddy.testing;

import dev.onboardingbuddy.enrollment.AccessPolicy;
import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.KnownManagers;
import dev.onboardingbuddy.enrollment.TeamDirectory;
import java.util.Optional;
import java.util.Set;

/** Access policies for tests that care about admins only: no listed managers, no grants, no teams. */
public final class AccessPolicies {
    private AccessPolicies() {}

    public static AccessPolicy adminsOnly(Set<ChatUserId> admins) {
        return new AccessPolicy(
                admins,
                user -> Optional.empty(),
                new KnownManagers(Set.of(), TeamDirectory.empty(), new InMemoryManagerGrants()),
                TeamDirectory.empty());
    }
}
