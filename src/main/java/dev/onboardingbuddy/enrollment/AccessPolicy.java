package dev.onboardingbuddy.enrollment;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may do what. Admins everything. Once admins are set, only admins and the managers the installation knows may
 * enrol, a manager only with themselves as the manager; with no admins (a first trial) anyone may enrol a hire they
 * name themselves the manager of. A manager changes and sees their own hires; a team lead sees the hires of their
 * teams and changes nothing; a hire sees themselves and completes their own items.
 *
 * @param directoryIdOf the other id a person is known by, such as the Entra object id behind a Teams user, so that
 *     an admin, manager or lead may be listed by either
 */
public record AccessPolicy(
        Set<ChatUserId> admins,
        Function<ChatUserId, Optional<ChatUserId>> directoryIdOf,
        KnownManagers managers,
        TeamDirectory teams) {
    public AccessPolicy {
        admins = Set.copyOf(admins);
    }

    /** An API client or an operator always is: keys and the command line belong to whoever runs the installation. */
    public boolean isAdmin(Actor actor) {
        if (!(actor instanceof ChatUserId user)) {
            return true;
        }
        return admins.contains(user)
                || directoryIdOf.apply(user).map(admins::contains).orElse(false);
    }

    public boolean isKnownManager(ChatUserId user) {
        return managers.isManager(user)
                || directoryIdOf.apply(user).map(managers::isManager).orElse(false);
    }

    /** Why the caller may not enrol a hire with this manager, or empty when they may. */
    public Optional<Refusal> enrolRefusal(Actor actor, ChatUserId manager) {
        if (isAdmin(actor) || !(actor instanceof ChatUserId caller)) {
            return Optional.empty();
        }
        if (!admins.isEmpty() && !isKnownManager(caller)) {
            return Optional.of(new Refusal.NotAManager(adminsFor(caller)));
        }
        return caller.equals(manager) ? Optional.empty() : Optional.of(new Refusal.MayNotEnrol());
    }

    public boolean mayEnrol(ChatUserId caller, ChatUserId manager) {
        return enrolRefusal(caller, manager).isEmpty();
    }

    public boolean mayManage(Actor caller, Hire hire) {
        return isAdmin(caller) || caller.equals(hire.manager());
    }

    public boolean maySee(ChatUserId caller, Hire hire) {
        return mayManage(caller, hire) || caller.equals(hire.user()) || leads(caller, hire);
    }

    /** Whether the caller leads the team the hire was enrolled in. */
    public boolean leads(ChatUserId caller, Hire hire) {
        return hire.team().map(team -> teamsLedBy(caller).contains(team)).orElse(false);
    }

    public Set<String> teamsLedBy(ChatUserId caller) {
        Set<String> led = new HashSet<>(teams.ledBy(caller));
        directoryIdOf.apply(caller).ifPresent(id -> led.addAll(teams.ledBy(id)));
        return led;
    }

    /** The trail of an enrolment is for those who may change it. */
    public boolean mayReadHistory(ChatUserId caller, Hire hire) {
        return mayManage(caller, hire);
    }

    /** The admins to name to someone refused: those on the caller's platform, else all; in a stable order. */
    public List<ChatUserId> adminsFor(ChatUserId caller) {
        List<ChatUserId> same = admins.stream()
                .filter(admin -> admin.platform() == caller.platform())
                .toList();
        return (same.isEmpty() ? List.copyOf(admins) : same)
                .stream().sorted(Comparator.comparing(ChatUserId::stored)).toList();
    }

    /** The hire and their manager tick items, while the enrolment is open (an old message may outlive it). */
    public boolean mayComplete(ChatUserId caller, Hire hire) {
        return (hire.status() == HireStatus.ACTIVE || hire.status() == HireStatus.PAUSED)
                && (caller.equals(hire.user()) || caller.equals(hire.manager()));
    }

    /** Only the hire decides when to be reminded again. */
    public boolean maySnooze(ChatUserId caller, Hire hire) {
        return caller.equals(hire.user());
    }
}
