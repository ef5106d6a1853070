package dev.mlquiz.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static final Pattern BRACES = Pattern.compile("\\{([^}]*)}");

    /** Every bundle of the catalog: the base and each language, by file name. */
    static Map<String, Properties> bundles() throws IOException, URISyntaxException {
        Path base = Path.of(Catalog.class.getResource("messages.properties").toURI());
        Map<String, Properties> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(base.getParent())) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("messages(_\\w+)?\\.properties"))
                    .collect(Collectors.toList())) {
                try (InputStream in = Files.newInputStream(file)) {
                    Properties entries = new Properties();
                    entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    bundles.put(file.getFileName().toString(), entries);
                }
            }
        }
        return bundles;
    }

    /** The bundle entries a key needs: itself, or one per plural form. */
    static List<String> entriesOf(Msg key) {
        return key.plural()
                ? Arrays.stream(Catalog.Form.values())
                        .map(form -> key.key() + "." + form.name().toLowerCase(Locale.ROOT))
                        .collect(Collectors.toList())
                : List.of(key.key());
    }

    @Test
    void every_key_has_its_entries_in_every_bundle() throws Exception {
        for (Map.Entry<String, Properties> bundle : bundles().entrySet()) {
            List<String> missing = Arrays.stream(Msg.values())
                    .flatMap(key -> entriesOf(key).stream())
                    .filter(entry -> !bundle.getValue().containsKey(entry))
                    .collect(Collectors.toList());
            assertThat(missing).as("entries missing from " + bundle.getKey()).isEmpty();
        }
        assertThat(bundles()).containsKey("messages.properties");
    }

    @Test
    void every_bundle_entry_belongs_to_a_key() throws Exception {
        Set<String> known = Arrays.stream(Msg.values())
                .flatMap(key -> entriesOf(key).stream())
                .collect(Collectors.toSet());
        for (Map.Entry<String, Properties> bundle : bundles().entrySet()) {
            assertThat(new TreeSet<>(bundle.getValue().stringPropertyNames()))
                    .as("entries of " + bundle.getKey() + " that no key uses")
                    .isSubsetOf(known);
        }
    }

    @Test
    void every_entry_uses_exactly_the_placeholders_of_its_key_a_plural_form_maybe_without_its_count() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Properties> bundle : bundles().entrySet()) {
            for (Msg key : Msg.values()) {
                Set<String> expected = IntStream.range(0, key.arguments())
                        .mapToObj(String::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
                for (String entry : entriesOf(key)) {
                    String value = bundle.getValue().getProperty(entry, "");
                    Set<String> found = new TreeSet<>();
                    Matcher braces = BRACES.matcher(value);
                    while (braces.find()) {
                        found.add(braces.group(1));
                    }
                    // A plural form may leave its count unsaid ("the View Channel permission").
                    Set<String> withoutCount = new TreeSet<>(expected);
                    withoutCount.remove("0");
                    if (!found.equals(expected) && !(key.plural() && found.equals(withoutCount))) {
                        wrong.add(bundle.getKey() + " " + entry + " has " + found + ", not " + expected);
                    }
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void the_catalog_says_every_key_in_english() {
        for (Msg key : Msg.values()) {
            Object[] arguments = IntStream.range(0, key.arguments()).boxed().toArray();
            assertThat(Catalog.english().resolve(key, arguments)).as(key.name()).isNotBlank();
        }
    }

    @Test
    void apostrophes_show_as_written_and_numbers_without_grouping() {
        assertThat(Catalog.english().resolve(Msg.COMMAND_UNKNOWN, "dance")).isEqualTo("Unknown command 'dance'.");
        assertThat(Catalog.english().resolve(Msg.CONFIG_ASK_COOLDOWN_RANGE, 86_400, "x"))
                .isEqualTo("The ask cooldown must be a whole number of seconds from 0 (none) to 86400, not 'x'.");
    }

    @Test
    void arguments_are_shown_as_they_are_even_when_they_look_like_placeholders() {
        assertThat(Catalog.english().resolve(Msg.COMMAND_UNKNOWN, "{1}'{0}")).isEqualTo("Unknown command '{1}'{0}'.");
    }

    @Test
    void placeholders_may_come_in_any_order() {
        assertThat(Catalog.english().resolve(Msg.REVEAL_PARTICIPATION, 5, 2, "40%"))
                .isEqualTo("2 of 5 regular players took part (40%).");
    }

    @Test
    void a_plural_key_takes_its_form_from_its_count() {
        assertThat(Catalog.english().resolve(Phrases.points(0))).isEqualTo("0 points");
        assertThat(Catalog.english().resolve(Phrases.points(1))).isEqualTo("1 point");
        assertThat(Catalog.english().resolve(Phrases.points(2))).isEqualTo("2 points");
        assertThat(Catalog.english().resolve(Msg.REVEAL_PARTICIPATION, 1, 1, "100%"))
                .isEqualTo("1 of 1 regular player took part (100%).");
    }

    @Test
    void texts_nest() {
        Text text = Phrases.sentences(Text.of(Msg.COMMAND_UNKNOWN, "dance"), Text.of(Msg.COMMAND_SEE_HELP));

        assertThat(Catalog.english().resolve(text))
                .isEqualTo("Unknown command 'dance'. Try /mlquiz help for the list of commands.");
    }

    @Test
    void a_literal_is_shown_as_it_is() {
        assertThat(Catalog.english().resolve(Text.literal("#general {0}"))).isEqualTo("#general {0}");
    }

    @Test
    void a_text_must_have_the_arguments_its_key_takes() {
        assertThatThrownBy(() -> Text.of(Msg.COMMAND_UNKNOWN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of(Msg.COMMAND_UNKNOWN, "a", "b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of(Msg.COUNT_POINTS, "one")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Text.of(Msg.COMMAND_UNKNOWN, new Object()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_language_without_its_own_file_speaks_the_base_and_never_the_machines_default() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMAN);
            assertThat(Catalog.of(Locale.FRENCH).resolve(Msg.ON)).isEqualTo("on");
        } finally {
            Locale.setDefault(before);
        }
    }
}
