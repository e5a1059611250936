package dev.onboardingbuddy.enrollment;

import java.time.Instant;
import java.util.List;

/** The people an admin made managers with {@code managers add}, beside those listed in settings and team files. */
public interface ManagerGrants {

    /** @return false when the person was granted already (the first grant stays) */
    boolean grant(ChatUserId person, ChatUserId grantedBy, Instant at);

    /** @return false when the person had no grant */
    boolean revoke(ChatUserId person);

    boolean isGranted(ChatUserId person);

    /** Every grant, ordered by person. */
    List<ChatUserId> granted();
}
