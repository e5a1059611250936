package dev.onboardingbuddy.progress;

import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.TemplateCatalog;
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
    // An operator's problem rather than the caller's: logged where it surfaces, answered as an error on our side.
    ChecklistTemplate template = templates.find(hire.templateId()).orElseThrow(() -> new IllegalStateException(
        "the checklist " + hire.templateId() + " of hire " + hire.id() + " is no longer configured; restore config/"
            + "checklists/" + hire.templateId() + ".yaml"));
    return HireItems.of(template, progress.itemsOf(hire.id()));
  }
}
