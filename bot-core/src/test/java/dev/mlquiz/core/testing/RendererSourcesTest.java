package dev.mlquiz.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RendererSourcesTest {
    @Test
    void sentences_and_labels_in_string_literals_count_as_words() {
        String source = "text(\"Nobody answered.\"); field(\"Level\", x); say(\"Why:\"); "
                + "a(\"Go to the question\", \"x\");";

        assertThat(RendererSources.wordLiterals(source))
                .containsExactly("Nobody answered.", "Level", "Why:", "Go to the question");
    }

    @Test
    void markup_ids_and_punctuation_do_not() {
        String source = "a(\"*\" + x + \"* · \"); b(\":white_check_mark: \"); c(\"https://discord.com/channels/\");"
                + " d(\"%3d. #%-20s \"); e(\"mlquiz.answers.\"); f(\"\\n  - \"); g(\" — \"); h(\"<t:\");";

        assertThat(RendererSources.wordLiterals(source)).isEmpty();
    }

    @Test
    void the_catalog_fragments_include_the_reveal_sentences() {
        assertThat(RendererSources.catalogFragments()).contains("Nobody answered.", " was first to get it right.");
    }
}
