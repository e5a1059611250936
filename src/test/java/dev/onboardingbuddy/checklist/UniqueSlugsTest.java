package dev.onboardingbuddy.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UniqueSlugsTest {
    @Test
    void joinsLowerCaseWordsAndDropsPunctuation() {
        assertThat(new UniqueSlugs(40).next("Week 1: Orientation & Setup")).isEqualTo("week-1-orientation-setup");
        assertThat(new UniqueSlugs(40).next("REST/GraphQL APIs")).isEqualTo("rest-graphql-apis");
        assertThat(new UniqueSlugs(40).next("Café Übersicht")).isEqualTo("cafe-ubersicht");
    }

    @Test
    void numbersRepeatsFromTwo() {
        UniqueSlugs slugs = new UniqueSlugs(40);

        assertThat(slugs.next("SQL")).isEqualTo("sql");
        assertThat(slugs.next("sql")).isEqualTo("sql-2");
        assertThat(slugs.next("SQL!")).isEqualTo("sql-3");
    }

    @Test
    void cutsLongTitlesAtAWordBoundary() {
        String slug = new UniqueSlugs(40).next("Complete IT setup and access provisioning for everything");

        assertThat(slug).isEqualTo("complete-it-setup-and-access");
        assertThat(UniqueSlugs.slug("a".repeat(50), 40)).hasSize(40);
        assertThat(UniqueSlugs.slug("Week 2-4: Core Understanding and a very long tail of words", 0))
                .isEqualTo("week-2-4-core-understanding-and-a-very-long-tail-of-words");
    }

    @Test
    void givesATitleWithoutLettersOrDigitsAKeyAnyway() {
        assertThat(new UniqueSlugs(40).next("???")).isEqualTo("item");
    }
}
