package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.testing.RendererSources;
import java.io.IOException;
import java.nio.file.Path;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.modals.Modal;
import org.junit.jupiter.api.Test;

class ReportFormTest {
    static final ReportButtonId BUTTON = new ReportButtonId(new RoundId("r0und42"));

    final Modal form = ReportForm.of(BUTTON);

    Label field(int index) {
        return form.getComponents().get(index).asLabel();
    }

    @Test
    void the_form_carries_the_buttons_id_so_its_submission_names_the_round() {
        assertThat(form.getId()).isEqualTo("mlquiz.report.v1.r0und42");
        assertThat(ReportButtonId.decode(form.getId())).contains(BUTTON);
    }

    @Test
    void its_title_fits_discords_limit() {
        assertThat(form.getTitle())
                .isEqualTo("Report a problem with this question")
                .hasSizeLessThanOrEqualTo(45);
    }

    @Test
    void one_of_the_four_reasons_must_be_picked_each_named_by_its_word() {
        Label reason = field(0);
        StringSelectMenu picker = reason.getChild().asStringSelectMenu();

        assertThat(reason.getLabel()).isEqualTo("What is wrong with it?");
        assertThat(picker.getCustomId()).isEqualTo(ReportForm.REASON);
        assertThat(picker.getMinValues()).isEqualTo(1);
        assertThat(picker.getMaxValues()).isEqualTo(1);
        assertThat(picker.getOptions())
                .extracting(SelectOption::getValue, SelectOption::getLabel)
                .containsExactly(
                        tuple("wrong", "wrong answer"),
                        tuple("unclear", "unclear"),
                        tuple("outdated", "outdated"),
                        tuple("other", "other"));
    }

    @Test
    void the_details_are_optional_and_at_most_500_characters() {
        Label details = field(1);
        TextInput box = details.getChild().asTextInput();

        assertThat(form.getComponents()).hasSize(2);
        assertThat(details.getLabel()).isEqualTo("Details (optional)");
        assertThat(box.getCustomId()).isEqualTo(ReportForm.DETAILS);
        assertThat(box.getStyle()).isEqualTo(TextInputStyle.PARAGRAPH);
        assertThat(box.isRequired()).isFalse();
        assertThat(box.getMaxLength()).isEqualTo(500);
        assertThat(box.getPlaceHolder()).isEqualTo("What should it say instead? A source helps.");
    }

    @Test
    void every_word_of_the_form_comes_from_the_catalog() throws IOException {
        Path form = Path.of("src/main/java/dev/mlquiz/discord/ReportForm.java");
        RendererSources.assertWritesNoWords(form);
        RendererSources.assertWritesNoRevealSentence(form);
        // The listener writes log lines, but nothing a member reads.
        RendererSources.assertWritesNoRevealSentence(Path.of("src/main/java/dev/mlquiz/discord/ReportListener.java"));
    }
}
