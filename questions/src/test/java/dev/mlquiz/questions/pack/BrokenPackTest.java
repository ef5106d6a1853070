package dev.mlquiz.questions.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every way a pack's text can fail to be read is that pack's own precise problem, never an exception. */
class BrokenPackTest {

    static final String VALID_YAML = PackReaderTest.HEADER + PackReaderTest.question("q1");

    static final String VALID_JSON =
            """
            {"id": "json-pack", "title": "JSON pack", "questions": [
              {"id": "q1", "topic": "llms-nlp", "difficulty": "advanced",
               "prompt": "What does RAG add to an LLM?", "answer": "Retrieved documents",
               "distractors": ["More layers", "A bigger vocabulary", "Lower precision"],
               "explanation": "Retrieval grounds generation in documents.", "sources": ["team notes"]}]}
            """;

    static List<String> messages(String file, String text) {
        PackReadResult result = PackReader.read(file, text);
        assertThat(result).isInstanceOf(PackReadResult.Rejected.class);
        return ((PackReadResult.Rejected) result)
                .problems().stream().map(PackProblem::toString).toList();
    }

    @Test
    void a_pack_nested_1200_levels_deep_is_that_packs_problem() {
        String deep = "[".repeat(1200) + "]".repeat(1200);

        assertThat(messages("team.yaml", "id: deep\nnested: " + deep + "\n"))
                .containsExactly("team.yaml:2: lists and mappings are nested more than 20 levels deep here; "
                        + "a pack needs 4");
        assertThat(messages("team.json", "{\"id\": \"deep\",\n \"nested\": " + deep + "}"))
                .containsExactly("team.json:2: lists and mappings are nested more than 20 levels deep here; "
                        + "a pack needs 4");
    }

    @Test
    void deep_block_nesting_names_the_line_where_it_passes_the_limit() {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < 30; level++) {
            yaml.append("  ".repeat(level)).append("level").append(level).append(":\n");
        }
        yaml.append("  ".repeat(30)).append("end: here\n");

        assertThat(messages("team.yaml", yaml.toString()))
                .containsExactly("team.yaml:21: lists and mappings are nested more than 20 levels deep here; "
                        + "a pack needs 4");
    }

    @Test
    void a_1500_digit_number_is_an_over_long_field_not_a_crash() {
        String number = "7".repeat(1500);

        assertThat(messages("team.json", VALID_JSON.replace("\"Retrieved documents\"", number)))
                .containsExactly("team.json:3: question 'q1': 'answer' is 1500 characters long; the limit is 200");
        assertThat(messages("team.yaml", VALID_YAML.replace("answer: Labelled examples", "answer: " + number)))
                .containsExactly("team.yaml:11: question 'q1': 'answer' is 1500 characters long; the limit is 200");
    }

    @Test
    void a_very_long_string_is_reported_with_its_length_and_quoted_only_in_part() {
        String name = "k".repeat(60_000);

        assertThat(messages("team.json", VALID_JSON.replace("\"explanation\"", "\"" + name + "\"")))
                .contains("team.json:5: question 'q1': unknown question field '" + "k".repeat(40) + "…' (expected: "
                        + "answer, difficulty, distractors, explanation, id, prompt, sources, tip, topic)");
        assertThat(messages(
                        "team.yaml",
                        VALID_YAML.replace("explanation: Supervised", "explanation: " + "z".repeat(900_000))))
                .containsExactly(
                        "team.yaml:16: question 'q1': 'explanation' is 900056 characters long; the limit is 1000");
    }

    @Test
    void text_over_the_file_limit_is_refused_before_parsing() {
        String huge = "# " + "x".repeat(PackLimits.FILE_BYTES_MAX) + "\n";

        assertThat(messages("team.yaml", huge))
                .containsExactly("team.yaml: the pack is 1,000,003 characters long; the limit is 1,000,000");
    }

    @Test
    void a_pack_of_more_than_100000_values_is_refused() {
        String json = "{\"id\": \"big\",\n\"values\": [\n" + "1,\n".repeat(PackLimits.VALUES_MAX) + "1]}";

        assertThat(messages("team.json", json))
                .containsExactly(
                        "team.json:100000: the pack holds more than 100,000 values; split it into smaller packs");
    }

    @Test
    void a_billion_laughs_alias_bomb_is_refused_at_the_alias_that_passes_the_limit() {
        StringBuilder yaml = new StringBuilder("id: lol\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int level = 1; level < 10; level++) {
            String alias = "*lol" + (level - 1);
            yaml.append("lol").append(level).append(": &lol").append(level).append(" [");
            yaml.append(String.join(", ", java.util.Collections.nCopies(9, alias)))
                    .append("]\n");
        }

        assertThat(messages("team.yaml", yaml.toString()))
                .containsExactly("team.yaml:7: alias '*lol4' takes the pack past 100,000 values "
                        + "(each use of an alias counts every value it repeats)");
    }

    @Test
    void an_alias_without_its_anchor_is_named() {
        assertThat(messages("team.yaml", VALID_YAML.replace("sources: [\"wiki#1\"]", "sources: *wiki-refs")))
                .containsExactly("team.yaml:17: alias '*wiki-refs' repeats no anchor: "
                        + "mark a value above it with '&wiki-refs'");
    }

    @Test
    void an_alias_inside_the_value_it_repeats_is_refused() {
        assertThat(messages("team.yaml", "id: loop\nloop: &loop [a, *loop]\n"))
                .containsExactly("team.yaml:2: alias '*loop' is inside the value it repeats ('&loop'), "
                        + "which would repeat itself forever");
    }

    @Test
    void a_second_yaml_document_is_refused() {
        assertThat(messages("team.yaml", VALID_YAML + "---\nid: another\n"))
                .containsExactly("team.yaml:18: a second YAML document starts here; a pack file holds one pack");
    }

    @Test
    void a_second_json_value_is_refused() {
        assertThat(messages("team.json", VALID_JSON + "{\"id\": \"another\"}\n"))
                .containsExactly("team.json:6: a second JSON value starts here; a pack file holds one pack");
    }

    @Test
    void a_list_or_a_single_value_at_the_top_is_not_a_pack() {
        assertThat(messages("team.yaml", "just some words\n"))
                .containsExactly("team.yaml:1: a pack must be a mapping with 'id', 'title' and 'questions'");
        assertThat(messages("team.json", "[1, 2]"))
                .containsExactly("team.json:1: a pack must be a mapping with 'id', 'title' and 'questions'");
    }

    @Test
    void a_file_of_blanks_or_only_comments_holds_no_pack() {
        assertThat(messages("team.yaml", " \n\t\n")).containsExactly("team.yaml: the file is empty");
        assertThat(messages("team.json", "")).containsExactly("team.json: the file is empty");
        assertThat(messages("team.yaml", "# our pack, to do\n"))
                .containsExactly("team.yaml: the file holds only comments, no pack");
    }

    @Test
    void a_control_character_is_named_with_its_line() {
        assertThat(messages("team.yaml", VALID_YAML.replace("Labelled examples", "Labelled\u0007examples")))
                .containsExactly("team.yaml:11: the character U+0007 is not allowed in a YAML file");
        assertThat(messages("team.yaml", "id: x\u0000y\n"))
                .containsExactly("team.yaml:1: the character U+0000 is not allowed in a YAML file");
        assertThat(messages("team.json", VALID_JSON.replace("Retrieved documents", "Retrieved\u0000documents")))
                .singleElement()
                .asString()
                .startsWith("team.json:3: JSON syntax error: Illegal unquoted character ((CTRL-CHAR, code 0))");
    }

    @Test
    void a_byte_order_mark_is_ignored() {
        assertThat(PackReader.read("team.yaml", "\uFEFF" + VALID_YAML)).isInstanceOf(PackReadResult.Loaded.class);
        assertThat(PackReader.read("team.json", "\uFEFF" + VALID_JSON)).isInstanceOf(PackReadResult.Loaded.class);
    }

    @Test
    void a_duplicate_key_in_json_is_named_like_in_yaml() {
        assertThat(messages("team.json", VALID_JSON.replace("\"id\": \"q1\",", "\"id\": \"q1\", \"id\": \"q2\",")))
                .containsExactly("team.json:2: duplicate key 'id'");
    }

    @Test
    void a_list_or_mapping_used_as_a_key_is_refused() {
        assertThat(messages("team.yaml", "id: x\n? [a, b]\n: c\n"))
                .containsExactly("team.yaml:2: a key must be a name, not a list or a mapping");
    }

    @Test
    void a_yaml_tag_builds_nothing_and_the_value_is_read_as_text() {
        String yaml = VALID_YAML.replace("answer: Labelled examples", "answer: !!python/object:os.system rm");

        PackReadResult result = PackReader.read("team.yaml", yaml);

        assertThat(result).isInstanceOfSatisfying(PackReadResult.Loaded.class, loaded -> assertThat(
                        loaded.pack().questions().get(0).answer())
                .isEqualTo("rm"));
    }

    @Test
    void a_source_over_200_characters_is_rejected() {
        String yaml = VALID_YAML.replace("[\"wiki#1\"]", "[\"" + "s".repeat(201) + "\"]");

        assertThat(messages("team.yaml", yaml))
                .containsExactly("team.yaml:17: question 'q1': source 1 is 201 characters long; the limit is 200");
    }

    @Test
    void an_unforeseen_failure_while_reading_rejects_only_that_pack() {
        PackReadResult result = PackReader.rejectingFailures("team.yaml", () -> {
            throw new IllegalStateException("parser state corrupted\n\tat some.Parser.line(Parser.java:1)");
        });

        assertThat(result)
                .isInstanceOfSatisfying(PackReadResult.Rejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(PackProblem::toString)
                        .containsExactly("team.yaml: could not read pack: parser state corrupted"));
    }

    @Test
    void an_unforeseen_failure_without_a_message_is_named_by_its_kind() {
        PackReadResult result = PackReader.rejectingFailures("team.yaml", () -> {
            throw new NullPointerException();
        });

        assertThat(((PackReadResult.Rejected) result).problems())
                .extracting(PackProblem::toString)
                .containsExactly("team.yaml: could not read pack: NullPointerException");
    }
}
