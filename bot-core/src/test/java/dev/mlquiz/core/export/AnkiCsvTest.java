package dev.mlquiz.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Question;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnkiCsvTest {
    static Question question(String id, String prompt, String answer, String explanation, Optional<String> tip) {
        return new Question(
                id,
                "pack",
                "llms-nlp",
                Difficulty.ADVANCED,
                prompt,
                answer,
                List.of("Zebra, \"quoted\" option", "Bravo", "Charlie"),
                explanation,
                tip,
                List.of());
    }

    /** Reads the file as Anki does: the header lines, then one note per CSV record. */
    static List<List<String>> notes(String csv) throws Exception {
        assertThat(csv).startsWith(AnkiCsv.HEADER);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows =
                mapper.readerForListOf(String.class).readValues(csv.substring(AnkiCsv.HEADER.length()))) {
            return rows.readAll();
        }
    }

    @Test
    void commas_quotes_newlines_and_any_script_survive_a_csv_parser() throws Exception {
        Question tricky = question(
                "q1",
                "Which is right, \"A\" or B?\nSecond line: Ünïcödé, 東京, naïve 🙂",
                "Alpha, with a comma",
                "Because \"quotes\"\nand lines, survive.",
                Optional.of("Say \"why\", briefly"));

        List<List<String>> notes = notes(AnkiCsv.of(List.of(tricky)));

        assertThat(notes).hasSize(1);
        assertThat(notes.get(0))
                .containsExactly(
                        "Which is right, \"A\" or B?\nSecond line: Ünïcödé, 東京, naïve 🙂\n\n"
                                + "A. Alpha, with a comma\nB. Bravo\nC. Charlie\nD. Zebra, \"quoted\" option",
                        "A. Alpha, with a comma\n\nBecause \"quotes\"\nand lines, survive.\n\nTip: Say \"why\", briefly",
                        "llms-nlp advanced");
    }

    @Test
    void the_right_option_keeps_its_letter_wherever_it_sorts() throws Exception {
        Question late = question("q2", "Prompt", "Delta", "Why.", Optional.empty());

        List<String> note = notes(AnkiCsv.of(List.of(late))).get(0);

        assertThat(note.get(0)).endsWith("A. Bravo\nB. Charlie\nC. Delta\nD. Zebra, \"quoted\" option");
        assertThat(note.get(1)).isEqualTo("C. Delta\n\nWhy.");
    }

    @Test
    void one_note_per_question_in_order() throws Exception {
        List<List<String>> notes = notes(AnkiCsv.of(List.of(
                question("q1", "First", "Delta", "One.", Optional.empty()),
                question("q2", "Second", "Delta", "Two.", Optional.empty()))));

        assertThat(notes)
                .extracting(note -> note.get(0).lines().findFirst().orElseThrow())
                .containsExactly("First", "Second");
    }
}
