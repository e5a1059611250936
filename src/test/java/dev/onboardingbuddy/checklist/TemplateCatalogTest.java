package dev.onboardingbuddy.checklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateCatalogTest {
    private static ChecklistTemplate template(String id) {
        Section section = new Section(
                "only", "Only", "", List.of(ChecklistItem.task("one", "One", Period.day(1), Period.day(1))));
        return new ChecklistTemplate(new TemplateId(id), 1, "Role", "", "", 90, List.of(section), List.of());
    }

    private final TemplateCatalog catalog = new TemplateCatalog(List.of(template("new-hire"), template("backend")));

    @Test
    void templatesAreFoundByIdAndListedInIdOrder() {
        assertThat(catalog.find(new TemplateId("backend"))).contains(template("backend"));
        assertThat(catalog.find(new TemplateId("designer"))).isEmpty();
        assertThat(catalog.ids()).containsExactly("backend", "new-hire");
    }

    @Test
    void requiringAnUnknownTemplateNamesTheOnesToChooseFrom() {
        assertThatThrownBy(() -> catalog.require("Backend Engineer"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown template 'Backend Engineer'; choose one of: backend, new-hire");
        assertThat(catalog.require("new-hire").id()).isEqualTo(new TemplateId("new-hire"));
    }

    @Test
    void twoTemplatesWithOneIdAreRefused() {
        assertThatThrownBy(() -> new TemplateCatalog(List.of(template("backend"), template("backend"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'backend'");
    }
}
