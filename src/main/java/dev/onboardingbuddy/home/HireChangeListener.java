package dev.onboardingbuddy.home;

import dev.onboardingbuddy.enrollment.ChatUserId;
import dev.onboardingbuddy.enrollment.HireId;
import java.util.Collection;

/** Hears which hires a unit of work changed, once it has committed (see {@link ChangedHires}). */
@FunctionalInterface
public interface HireChangeListener {
    /**
     * @param alsoAffected people who no longer appear beside a hire, such as the manager a hire was handed away from
     */
    void changed(Collection<HireId> hires, Collection<ChatUserId> alsoAffected);
}
