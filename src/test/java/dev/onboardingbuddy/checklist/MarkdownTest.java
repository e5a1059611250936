package dev.onboardingbuddy.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
    @Test
    void removesBoldAndItalicMarkers() {
        assertThat(Markdown.plain("**API design** *(Primary)*  and __bold__ _italic_"))
                .isEqualTo("API design (Primary) and bold italic");
    }

    @Test
    void keepsUnderscoreBlanksAndWordsWithUnderscores() {
        assertThat(Markdown.plain("Current assessment: ___________")).isEqualTo("Current assessment: ___________");
        assertThat(Markdown.plain("table user_events")).isEqualTo("table user_events");
    }

    @Test
    void recognisesWholeItalicLines() {
        assertThat(Markdown.isItalicLine("_Date: _______ Reviewer: ____ _")).isTrue();
        assertThat(Markdown.isItalicLine("*This checklist was generated from the role profile.*"))
                .isTrue();
        assertThat(Markdown.isItalicLine("Agree the roadmap")).isFalse();
    }
}
