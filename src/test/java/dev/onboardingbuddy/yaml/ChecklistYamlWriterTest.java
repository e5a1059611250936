package dev.onboardingbuddy.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onboardingbuddy.checklist.ChecklistItem;
import dev.onboardingbuddy.checklist.ChecklistTemplate;
import dev.onboardingbuddy.checklist.ItemKey;
import dev.onboardingbuddy.checklist.ItemKind;
import dev.onboardingbuddy.checklist.Owner;
import dev.onboardingbuddy.checklist.Period;
import dev.onboardingbuddy.checklist.Relationship;
import dev.onboardingbuddy.checklist.Section;
import dev.onboardingbuddy.checklist.TemplateId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecklistYamlWriterTest {
    private final ChecklistFiles files = new ChecklistFiles();
    private final ChecklistYamlWriter writer = new ChecklistYamlWriter();

    private ChecklistTemplate reload(ChecklistTemplate template) {
        Path file = Path.of("config/checklists", template.id().value() + ".yaml");
        return files.parse(writer.write(template), file).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"backend-engineer", "new-hire"})
    void writingALoadedTemplateAndLoadingItAgainGivesAnEqualTemplate(String id) {
        ChecklistTemplate original =
                files.load(Path.of("config/checklists", id + ".yaml")).orElseThrow();

        assertThat(reload(original)).isEqualTo(original);
    }

    @Test
    void valuesSharedByMostItemsOfASectionAreWrittenOnceAsSectionDefaults() {
        String yaml = writer.write(RealTemplatesTest.backendEngineer());

        assertThat(yaml).contains("""
          - id: week-1
            title: 'Week 1: Orientation & Setup'
            phase: 30-Day Goals (Foundation)
            release: week 1
            due: week 1
            kind: task
            owner: hire
            items:
              - key: it-setup
                title: Complete IT setup and access provisioning
        """);
        assertThat(yaml).contains("""
              - key: meet-manager
                title: Meet with direct manager to discuss Backend Engineer responsibilities
                owner: both
        """);
    }

    @Test
    void theOutputStartsWithACommentExplainingTheFormat() {
        assertThat(writer.write(RealTemplatesTest.backendEngineer()))
                .startsWith("# Onboarding checklist template")
                .contains("# kind: task | learning");
    }

    @Test
    void titlesWithYamlSyntaxInThemSurviveTheRoundTrip() {
        ChecklistItem tricky = new ChecklistItem(
                new ItemKey("tricky"),
                "Ask in #help: 'why?' - \"quoted\" & [more]",
                "key: value # not a comment",
                ItemKind.RELATIONSHIP,
                Owner.BOTH,
                Period.day(3),
                Period.weeks(1, 2),
                List.of("- looks like a list", "@at the start"),
                List.of("99.9% uptime", "<200ms"),
                Optional.of(new Relationship("Buddy", "", Period.week(1), "", "on-demand")),
                Optional.of("Expert"),
                Optional.of(Period.day(2)));
        ChecklistTemplate template = new ChecklistTemplate(
                new TemplateId("tricky"),
                3,
                "Role: with colon",
                "",
                "",
                30,
                List.of(new Section(
                        "only",
                        "Only",
                        "",
                        List.of(tricky, ChecklistItem.task("plain", "Plain", Period.day(1), Period.day(1))))),
                List.of());

        assertThat(reload(template)).isEqualTo(template);
    }
}
