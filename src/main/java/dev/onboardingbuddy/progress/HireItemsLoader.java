package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;
import dev.onboardingbuddy.enrollment.Refusal;

/** Reads a hire's items with their template; the one place that decides what a missing template means. */
public final class HireItemsLoader {
  private final TemplateCatalog templates;
  private final ProgressRepository progress;

  public HireItemsLoader(TemplateCatalog templates, ProgressRepository progress) {
    this.templates = templates;
    this.progress = progress;
  }

  public HireItems load(Hire hire) {
    // Refused with words that tell whoever asked which file an operator has to restore.
    ChecklistTemplate template = templates.find(hire.templateId()).orElseThrow(() -> new EnrollmentRefused(
        new Refusal.ChecklistGone(hire.templateId().value(), hire.user())));
    return HireItems.of(template, progress.itemsOf(hire.id()));
  }
}
