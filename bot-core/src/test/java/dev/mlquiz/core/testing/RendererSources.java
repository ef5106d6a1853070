package dev.mlquiz.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks that a renderer's source writes no words of its own: every sentence, label and title comes from
 * the core's message catalog, so a sentence copied into a renderer, or a new one written there, fails its
 * test. What a renderer may write is markup, punctuation and the platform's own syntax.
 */
public final class RendererSources {
    private static final String CATALOG = "/dev/mlquiz/core/text/messages.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[0-9]+}");
    /** A Java string literal, escapes included. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    /** Two words in a row: what a sentence, a label of two words or a title has, and markup does not. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z]{2,}[ ,:;!?]+[A-Za-z]{2,}");
    /** A single capitalised word, such as a label ("Level") or a title ("Topics"). */
    private static final Pattern LABEL = Pattern.compile("[A-Z][a-z]{2,}[:!.]?");

    private RendererSources() {}

    /** No fixed words of any catalog entry (the reveal's sentences among them) appear in the source. */
    public static void assertWritesNoRevealSentence(Path source) throws IOException {
        String text = Files.readString(source);
        assertThat(catalogFragments())
                .as("catalog wording copied into " + source + " instead of taken from the catalog")
                .isNotEmpty()
                .allSatisfy(fragment -> assertThat(text).doesNotContain(fragment));
    }

    /**
     * No string literal in the source reads as words for people: two words in a row, or one capitalised
     * word. Each of {@code allowed} is a literal the renderer needs for the platform (an emoji name, say).
     */
    public static void assertWritesNoWords(Path source, String... allowed) throws IOException {
        assertThat(wordLiterals(Files.readString(source)))
                .as("words for people written in " + source + " instead of taken from the catalog")
                .isSubsetOf(Arrays.asList(allowed));
    }

    /** The string literals of {@code source} that read as words for people. */
    public static List<String> wordLiterals(String source) {
        Matcher literal = LITERAL.matcher(source);
        return literal.results()
                .map(m -> m.group(1))
                .filter(text -> WORDS.matcher(text).find()
                        || LABEL.matcher(text.strip()).matches())
                .collect(Collectors.toList());
    }

    /**
     * The fixed words of every catalog entry, long enough to be telling and of two words at least, so an
     * identifier that holds a label ({@code dailyAccuracy}) does not count as a copy.
     */
    public static List<String> catalogFragments() {
        return english().values().stream()
                .map(String::valueOf)
                .flatMap(entry -> Arrays.stream(PLACEHOLDER.split(entry)))
                .filter(fragment ->
                        fragment.strip().length() >= 8 && fragment.strip().contains(" "))
                .distinct()
                .collect(Collectors.toList());
    }

    private static Properties english() {
        try (InputStream in = RendererSources.class.getResourceAsStream(CATALOG)) {
            Properties entries = new Properties();
            entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
