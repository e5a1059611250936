package dev.onboardingbuddy.enrollment;

import java.util.List;

/**
 * Why a request was not carried out, as data: each adapter words it in its own markup (or, for an HTTP API, picks a
 * status code), and nothing about the hire leaks into a refusal that the caller may not see.
 */
public sealed interface Refusal {

    /** The caller may enrol only hires they name themselves the manager of (or, with no admins set, anyone may). */
    record MayNotEnrol() implements Refusal {}

    /**
     * Once admins are set, only they and the managers the installation knows may enrol; the caller is neither.
     *
     * @param admins whom to ask to be made a manager
     */
    record NotAManager(List<ChatUserId> admins) implements Refusal {
        public NotAManager {
            admins = List.copyOf(admins);
        }
    }

    /** Only admins may change who is a manager; the caller is not one. */
    record MayNotGrant(List<ChatUserId> admins) implements Refusal {
        public MayNotGrant {
            admins = List.copyOf(admins);
        }
    }

    /** The person is a manager through settings or a team file, which {@code managers remove} cannot undo. */
    record ConfiguredManager(ChatUserId person) implements Refusal {}

    /** The caller may not read the history of this enrolment: only admins and the hire's manager may. */
    record MayNotReadHistory(ChatUserId hire) implements Refusal {}

    /** Only admins and the hire's manager may pause, resume, cancel or move. */
    record MayNotChange(ChatUserId hire) implements Refusal {}

    /** The caller may not see this person's progress, or the person is not enrolled: the same answer for both. */
    record MayNotSee(ChatUserId hire) implements Refusal {}

    record MayNotMarkReviewHeld(ChatUserId manager) implements Refusal {}

    record MayNotMarkMet() implements Refusal {}

    record NotEnrolled(ChatUserId hire) implements Refusal {}

    record AlreadyEnrolled(ChatUserId hire) implements Refusal {}

    /** HR announced this person already and they are still expected: the API answers with the existing id. */
    record AlreadyExpected(String who, HireId existing) implements Refusal {}

    record NotActive(ChatUserId hire) implements Refusal {}

    /** No enrolment or expected hire has this id. */
    record UnknownHire(HireId id) implements Refusal {}

    /** The hire is expected, not enrolled yet, or their enrolment has ended: it cannot be paused, resumed or moved so. */
    record NotOpen(HireId id, String state) implements Refusal {}

    record NotPaused(ChatUserId hire) implements Refusal {}

    record UnknownTemplate(String id, List<String> choices) implements Refusal {
        public UnknownTemplate {
            choices = List.copyOf(choices);
        }
    }

    /** A calendar or team that is not configured; the problem names the valid choices. */
    record UnknownChoice(String problem) implements Refusal {}

    /** The hire's checklist file was removed since enrolment, so the plan cannot be changed. */
    record TemplateGone(String templateId) implements Refusal {}

    record ItemGone(ChatUserId hire) implements Refusal {}

    /** The checklist file of an enrolled hire was removed: an operator has to restore it before anything goes on. */
    record ChecklistGone(String templateId, ChatUserId hire) implements Refusal {}

    /** People of different chat platforms in one request: a hire's manager and buddy share the hire's platform. */
    record MixedPlatforms(ChatUserId person) implements Refusal {}
}
