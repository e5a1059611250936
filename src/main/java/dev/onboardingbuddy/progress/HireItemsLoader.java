package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
import dev.onboardingbuddy.enrollment.EnrollmentRefused;
import dev.onboardingbuddy.enrollment.Hire;

/** Reads a hire's items with their template; the one place that decides what a missing template means. */
public final class HireItemsLoader {
  private final TemplateCatalog templates;
  private final ProgressRepository progress;

  public HireItemsLoader(TemplateCatalog templates, ProgressRepository progress) {
    this.templates = templates;
    this.progress = progress;
  }

  public HireItems load(Hire hire) {
    ChecklistTemplate template = templates.find(hire.templateId()).orElseThrow(() -> new EnrollmentRefused(
        "The checklist `" + hire.templateId() + "` of <@" + hire.user().value() + "> is no longer configured; "
            + "restore config/checklists/" + hire.templateId() + ".yaml."));
    return HireItems.of(template, progress.itemsOf(hire.id()));
  }
}
