package dev.onboardingbuddy.enrollment;

import java.util.List;
import java.util.Optional;

/** Where hires are kept. Implementations are thread-safe. */
public interface HireRepository {

    /** Stores a new hire; fails with {@link AlreadyEnrolledException} when the person already has an open enrolment. */
    void add(Hire hire);

    Optional<Hire> find(HireId id);

    /** The person's enrolment that is neither cancelled nor completed, if any. */
    Optional<Hire> findOpenByUser(ChatUserId user);

    /** Hires that are ACTIVE or PAUSED. */
    List<Hire> findOpen();

    List<Hire> findOpenByManager(ChatUserId manager);

    /** The page of hires, open or closed, that match every filter of the search, oldest enrolment first. */
    List<Hire> search(HireSearch search);

    /** How many hires match the search's filters, whatever its page. */
    int count(HireSearch search);

    /** Replaces status, start date, time zone and manager of a stored hire; other fields never change after enrolment. */
    void update(Hire hire);
}
