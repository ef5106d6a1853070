package dev.mlquiz.core.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.text.Catalog;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.questions.Question;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Questions as a CSV file Anki imports as notes (File > Import): front = the prompt and its options,
 * back = the right option and the explanation (and the tip), tags = topic and level. The header lines
 * tell Anki (2.1.55 and later) the separator, the columns and which one holds the tags, so the import
 * needs no settings.
 */
public final class AnkiCsv {
    static final String HEADER = "#separator:Comma\n#html:false\n#columns:Front,Back,Tags\n#tags column:3\n";

    private static final CsvMapper CSV = new CsvMapper();

    private AnkiCsv() {}

    public static String of(List<Question> questions) {
        List<List<String>> rows = new ArrayList<>(questions.size());
        for (Question question : questions) {
            rows.add(row(question));
        }
        try {
            return HEADER
                    + CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n"))
                            .writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The options in alphabetical order: the same letters on every export, and the right one not always
     * first.
     */
    private static List<String> row(Question question) {
        List<String> options = new ArrayList<>(question.distractors());
        options.add(question.answer());
        options.sort(Comparator.naturalOrder());
        StringBuilder front = new StringBuilder(question.prompt()).append('\n');
        Letter right = Letter.A;
        for (int i = 0; i < options.size(); i++) {
            front.append('\n').append(Letter.at(i).name()).append(". ").append(options.get(i));
            if (options.get(i).equals(question.answer())) {
                right = Letter.at(i);
            }
        }
        StringBuilder back = new StringBuilder()
                .append(right.name())
                .append(". ")
                .append(question.answer())
                .append("\n\n")
                .append(question.explanation());
        question.tip()
                .ifPresent(tip -> back.append("\n\n").append(Catalog.english().resolve(Text.of(Msg.TIP_LINE, tip))));
        return List.of(
                front.toString(),
                back.toString(),
                question.topicId() + " " + question.difficulty().id());
    }
}
