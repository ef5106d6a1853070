package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.util.json.GsonFactory;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.testing.RendererSources;
import dev.mlquiz.slack.fake.SlackPayloads;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportFormTest {
    static final RoundId ROUND = new RoundId("round1234");
    static final ReportForm.Origin ORIGIN = new ReportForm.Origin(ROUND, "C1");

    static JsonNode modal() throws Exception {
        return new ObjectMapper().readTree(GsonFactory.createSnakeCase().toJson(ReportForm.modal(ORIGIN)));
    }

    static ReportSubmission submitted(SlackPayloads.ViewSubmission submission) {
        return ReportSubmission.from(
                GsonFactory.createSnakeCase().fromJson(submission.json(), ViewSubmissionPayload.class));
    }

    static SlackPayloads.ViewSubmission form(String reason, String details) {
        return SlackPayloads.viewSubmission(ReportForm.CALLBACK_ID, ORIGIN.encode())
                .selected(ReportForm.REASON_BLOCK, ReportForm.REASON_ACTION, reason)
                .typed(ReportForm.NOTE_BLOCK, ReportForm.NOTE_ACTION, details);
    }

    @Test
    void the_form_is_a_modal_titled_within_slacks_24_characters_with_a_send_button() throws Exception {
        JsonNode modal = modal();

        assertThat(modal.path("type").asText()).isEqualTo("modal");
        assertThat(modal.path("callback_id").asText()).isEqualTo("mlquiz.report.v1");
        assertThat(modal.path("title").path("text").asText())
                .isEqualTo("Report a problem")
                .hasSizeLessThanOrEqualTo(24);
        assertThat(modal.path("submit").path("text").asText()).isEqualTo("Send");
    }

    @Test
    void the_reason_is_one_of_four_labelled_choices_named_by_their_words() throws Exception {
        JsonNode reason = modal().path("blocks").get(0);

        assertThat(reason.path("type").asText()).isEqualTo("input");
        assertThat(reason.path("block_id").asText()).isEqualTo(ReportForm.REASON_BLOCK);
        assertThat(reason.path("optional").asBoolean()).isFalse();
        assertThat(reason.path("label").path("text").asText()).isEqualTo("What is wrong with it?");
        assertThat(reason.path("element").path("type").asText()).isEqualTo("static_select");
        assertThat(reason.path("element").path("options").findValuesAsText("value"))
                .containsExactly("wrong", "unclear", "outdated", "other");
        assertThat(reason.path("element").path("options").findValues("text"))
                .extracting(text -> text.path("text").asText())
                .containsExactly("wrong answer", "unclear", "outdated", "other");
    }

    @Test
    void the_details_are_optional_several_lines_of_at_most_500_characters() throws Exception {
        JsonNode note = modal().path("blocks").get(1);

        assertThat(note.path("optional").asBoolean()).isTrue();
        assertThat(note.path("label").path("text").asText()).isEqualTo("Details (optional)");
        assertThat(note.path("element").path("type").asText()).isEqualTo("plain_text_input");
        assertThat(note.path("element").path("multiline").asBoolean()).isTrue();
        assertThat(note.path("element").path("max_length").asInt()).isEqualTo(500);
        assertThat(note.path("element").path("placeholder").path("text").asText())
                .isEqualTo("What should it say instead? A source helps.");
    }

    @Test
    void the_origin_travels_as_round_and_channel_and_anything_else_is_no_origin() throws Exception {
        assertThat(modal().path("private_metadata").asText()).isEqualTo("round1234|C1");
        assertThat(ReportForm.Origin.decode("round1234|C1")).contains(ORIGIN);
        assertThat(ReportForm.Origin.decode(null)).isEmpty();
        assertThat(ReportForm.Origin.decode("")).isEmpty();
        assertThat(ReportForm.Origin.decode("round1234")).isEmpty();
        assertThat(ReportForm.Origin.decode("round1234|C1|C2")).isEmpty();
        assertThat(ReportForm.Origin.decode("ROUND|C1")).isEmpty();
        assertThat(ReportForm.Origin.decode("round1234|c1<>")).isEmpty();
    }

    @Test
    void a_submission_reads_the_reporter_the_origin_the_reason_and_the_details() {
        ReportSubmission submission = submitted(form("outdated", "  Since 2024 it is B.  "));

        assertThat(submission.readable()).isTrue();
        assertThat(submission.player().id().value()).isEqualTo("U1");
        assertThat(submission.teamId()).isEqualTo("T1");
        assertThat(submission.origin()).contains(ORIGIN);
        assertThat(submission.reason()).contains(ReportReason.OUTDATED);
        assertThat(submission.note()).isEqualTo("  Since 2024 it is B.  ");
        assertThat(submission.inputErrors()).isEmpty();
    }

    @Test
    void empty_details_are_no_details_and_500_are_allowed() {
        assertThat(submitted(form("wrong", null)).note()).isEmpty();
        assertThat(submitted(form("wrong", "x".repeat(500))).inputErrors()).isEmpty();
        assertThat(submitted(form("wrong", " " + "x".repeat(500) + "\n")).inputErrors())
                .as("spaces around are not counted")
                .isEmpty();
    }

    @Test
    void a_forged_reason_and_overlong_details_are_each_refused_beside_their_input() {
        ReportSubmission forged = submitted(form("spam", "x".repeat(501)));

        assertThat(forged.inputErrors())
                .isEqualTo(Map.of(
                        ReportForm.REASON_BLOCK,
                        "'spam' is not a reason to report: wrong, unclear, outdated or other.",
                        ReportForm.NOTE_BLOCK,
                        "A report's details are at most 500 characters; yours have 501."));
    }

    @Test
    void a_submission_without_a_reason_or_state_is_refused_and_without_ids_is_unreadable() {
        ReportSubmission bare = submitted(SlackPayloads.viewSubmission(ReportForm.CALLBACK_ID, "x"));
        ReportSubmission noUser = submitted(form("wrong", "").user("u-1", "x"));

        assertThat(bare.inputErrors()).containsOnlyKeys(ReportForm.REASON_BLOCK);
        assertThat(bare.origin()).isEqualTo(Optional.empty());
        assertThat(noUser.readable()).isFalse();
    }

    @Test
    void the_form_writes_no_words_of_its_own() throws Exception {
        RendererSources.assertWritesNoWords(
                Path.of("src/main/java/dev/mlquiz/slack/ReportForm.java"),
                "channel id '",
                "' is not a Slack id"); // a programmer's message, never shown to players
        RendererSources.assertWritesNoRevealSentence(Path.of("src/main/java/dev/mlquiz/slack/ReportForm.java"));
    }
}
