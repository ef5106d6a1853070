package dev.mlquiz.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportSummary;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.Letter;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.core.testing.RendererSources;
import dev.mlquiz.core.testing.SampleStats;
import dev.mlquiz.core.testing.SampleViews;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.AnswerView;
import dev.mlquiz.core.view.LeaderboardView;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.OptionLine;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.ReportsView;
import dev.mlquiz.core.view.RevealView;
import dev.mlquiz.core.view.SettingsView;
import dev.mlquiz.core.view.View;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
    static final RoundId ROUND = new RoundId("round1234");
    static final ChannelId CHANNEL = new ChannelId(new TeamId(Platform.SLACK, "T1"), "C1");

    /** The blocks as Slack receives them. */
    static JsonArray json(View view) {
        return JsonParser.parseString(GsonFactory.createSnakeCase()
                        .toJson(SlackRenderer.render(view).blocks()))
                .getAsJsonArray();
    }

    static List<String> texts(JsonArray blocks) {
        return StreamSupport.stream(blocks.spliterator(), false)
                .map(JsonElement::getAsJsonObject)
                .filter(b -> b.has("text"))
                .map(b -> b.getAsJsonObject("text").get("text").getAsString())
                .collect(Collectors.toList());
    }

    static QuestionCard card(String prompt) {
        return new QuestionCard(
                ROUND,
                RoundKind.ASK,
                prompt,
                List.of(
                        new OptionLine(Letter.A, "Retrieved <context> & more"),
                        new OptionLine(Letter.B, "b"),
                        new OptionLine(Letter.C, "c"),
                        new OptionLine(Letter.D, "d")),
                new Topic("llms-nlp", "LLMs & NLP", Optional.empty()),
                Difficulty.ADVANCED,
                3,
                Instant.ofEpochSecond(1_800_000_000),
                2);
    }

    @Test
    void a_question_is_a_section_an_actions_block_with_four_typed_buttons_and_a_close_time() {
        JsonArray blocks = json(card("What does RAG add?"));

        assertThat(blocks).hasSize(3);
        assertThat(texts(blocks).get(0))
                .isEqualTo("*Question · LLMs &amp; NLP* (advanced · 3 points)\n"
                        + "*What does RAG add?*\n\n*A.* Retrieved &lt;context&gt; &amp; more\n*B.* b\n*C.* c\n*D.* d");
        JsonObject actions = blocks.get(1).getAsJsonObject();
        assertThat(actions.get("type").getAsString()).isEqualTo("actions");
        List<String> actionIds = StreamSupport.stream(
                        actions.getAsJsonArray("elements").spliterator(), false)
                .map(e -> e.getAsJsonObject().get("action_id").getAsString())
                .collect(Collectors.toList());
        assertThat(actionIds)
                .containsExactly(
                        new AnswerButtonId(ROUND, Letter.A).encode(),
                        new AnswerButtonId(ROUND, Letter.B).encode(),
                        new AnswerButtonId(ROUND, Letter.C).encode(),
                        new AnswerButtonId(ROUND, Letter.D).encode());
        String context = blocks.get(2)
                .getAsJsonObject()
                .getAsJsonArray("elements")
                .get(0)
                .getAsJsonObject()
                .get("text")
                .getAsString();
        assertThat(context).startsWith("Closes <!date^1800000000^{time}|soon> · 2 answers so far");
    }

    @Test
    void a_round_shown_again_is_a_note_linking_to_the_rounds_message_above_its_card() {
        QuestionCard card = card("What does RAG add?");
        NotedCard noted = new NotedCard(
                        Text.literal("A round is already open in this channel; here it is again."), card)
                .withMessageLink(SlackRenderer.messageLink("acme-ml", "C1", "1700000000.000100"));

        JsonArray blocks = json(noted);

        assertThat(texts(blocks).get(0))
                .isEqualTo("A round is already open in this channel; here it is again."
                        + " <https://acme-ml.slack.com/archives/C1/p1700000000000100|Go to the question>");
        JsonArray cardBlocks = json(card);
        assertThat(blocks).hasSize(1 + cardBlocks.size());
        assertThat(blocks.get(1)).isEqualTo(cardBlocks.get(0));
        assertThat(blocks.get(2)).isEqualTo(cardBlocks.get(1));
    }

    @Test
    void a_message_link_needs_a_workspace_domain_and_a_message_timestamp_as_slack_sends_them() {
        assertThat(SlackRenderer.messageLink(null, "C1", "1700000000.000100")).isEmpty();
        assertThat(SlackRenderer.messageLink("evil.example/x?", "C1", "1700000000.000100"))
                .isEmpty();
        assertThat(SlackRenderer.messageLink("acme", "C1", "not-a-ts")).isEmpty();
        assertThat(SlackRenderer.render(new NotedCard(Text.literal("Still open."), card("Q?")))
                        .text())
                .startsWith("Still open. Question: Q?");
        assertThat(texts(json(new NotedCard(Text.literal("Still <open>."), card("Q?"))))
                        .get(0))
                .isEqualTo("Still &lt;open&gt;.");
    }

    @Test
    void long_texts_are_cut_to_the_section_limit() {
        JsonArray blocks = json(card("p".repeat(5000)));

        assertThat(texts(blocks).get(0)).hasSize(SlackRenderer.SECTION_MAX).endsWith("…");
    }

    static RevealView reveal(List<String> winners) {
        return SampleViews.reveal(ROUND, CHANNEL, "Because.", winners);
    }

    @Test
    void the_reveal_keeps_only_the_report_button_and_shows_the_answer_spread_and_who_was_right() {
        JsonArray blocks = json(reveal(List.of("alice", "bob")));

        assertThat(StreamSupport.stream(blocks.spliterator(), false)
                        .filter(b ->
                                b.getAsJsonObject().get("type").getAsString().equals("actions"))
                        .map(b -> b.getAsJsonObject().getAsJsonArray("elements").toString()))
                .singleElement()
                .asString()
                .contains("\"action_id\":\"" + new ReportButtonId(ROUND).encode() + "\"", "Report a problem");
        assertThat(texts(blocks))
                .containsExactly(
                        "*Answer: B* · Core ML concepts\n*Prompt?*\n\n:white_small_square: *A.* Wrong — 1\n"
                                + ":white_check_mark: *B.* Right — 2\n:white_small_square: *C.* Wrong too — 0\n"
                                + ":white_small_square: *D.* Also wrong — 0",
                        "*Why:* Because.",
                        "alice and bob got it right (+1 point each).");
        assertThat(blocks.toString()).contains("3 answers, 67% right. · Question `sample-question`");
        assertThat(SlackRenderer.render(reveal(List.of("a"))).text()).isEqualTo("Answer: B. Right");
    }

    @Test
    void right_answers_seen_before_are_named_apart_without_points() {
        assertThat(texts(json(SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of("alice"), List.of("carol"))))
                        .get(2))
                .isEqualTo("alice got it right (+1 point).\n"
                        + "carol got it right too but had scored on it before, so no points this time.");
        assertThat(texts(json(SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of(), List.of("<carol>"))))
                        .get(2))
                .as("the core's sentence, with the name escaped")
                .isEqualTo("&lt;carol&gt; got it right but had scored on it before, so no points this time.");
    }

    @Test
    void nobody_answering_is_one_sentence_and_no_count_of_zero_answers() {
        JsonArray blocks = json(SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of(), List.of(), 0));

        assertThat(texts(blocks).get(2)).isEqualTo("Nobody answered.");
        assertThat(blocks.toString()).doesNotContain("answers");
        assertThat(texts(json(SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of(), List.of())))
                        .get(2))
                .isEqualTo("Nobody got it right.");
    }

    @Test
    void the_reveal_sentences_come_from_the_core_not_from_this_renderer() throws Exception {
        RendererSources.assertWritesNoRevealSentence(Path.of("src/main/java/dev/mlquiz/slack/SlackRenderer.java"));
    }

    @Test
    void thousands_of_winners_fit_one_section() {
        List<String> many =
                IntStream.range(0, 5000).mapToObj(i -> "player-" + i).collect(Collectors.toList());

        String right = texts(json(reveal(many))).get(2);

        assertThat(right)
                .hasSizeLessThanOrEqualTo(SlackRenderer.SECTION_MAX)
                .endsWith("more got it right (+1 point each).");
    }

    @Test
    void a_leaderboard_escapes_and_cuts_names() {
        LeaderboardView board = new LeaderboardView(
                Text.literal("Team"),
                Window.MONTH,
                Collections.nCopies(10, new LeaderboardView.Line(1, "<script>" + "x".repeat(100), 9, 3, 3, false, 0)),
                Optional.of(new LeaderboardView.Line(12, "me", 0, 0, 1, true, 0)),
                12);

        String text = texts(json(board)).get(0);

        assertThat(text)
                .startsWith("*Leaderboard · Team · This month*\n1. &lt;script&gt;")
                .doesNotContain("<script>");
        assertThat(text).endsWith("…\n12. *me* (you) — 0 points · 0/1 right\n_12 players_");
    }

    @Test
    void answers_and_notices_are_short_private_texts() {
        assertThat(SlackRenderer.render(new AnswerView(new AnswerOutcome.AlreadyAnswered(ROUND, Letter.C)))
                        .text())
                .isEqualTo(":warning: You already answered C. Your first choice counts.");
        assertThat(SlackRenderer.render(Notice.error(Text.literal("Only admins can do that.")))
                        .text())
                .isEqualTo(":warning: Only admins can do that.");
    }

    @Test
    void a_thin_filters_note_follows_the_options() {
        QuestionCard plain = card("q");
        QuestionCard noted = new QuestionCard(
                plain.round(),
                plain.kind(),
                plain.prompt(),
                plain.options(),
                plain.topic(),
                plain.difficulty(),
                plain.points(),
                plain.closesAt(),
                0,
                Optional.of("Only 1 question matches llms-nlp, advanced."));

        assertThat(texts(json(noted)).get(0)).endsWith("*D.* d\n_Only 1 question matches llms-nlp, advanced._");
    }

    @Test
    void settings_are_one_escaped_line_each() {
        assertThat(SlackRenderer.render(SampleViews.settings()).text())
                .isEqualTo("*" + SettingsView.TITLE + "*\n"
                        + "• *Round length:* 90 s\n"
                        + "• *Time zone:* Europe/Berlin (the team's)\n"
                        + "• *Question of the day:* off &lt;for now&gt; &amp; later\n"
                        + "Admins change them with config round-seconds.");
    }

    @Test
    void every_word_shown_comes_from_the_catalog() throws Exception {
        RendererSources.assertWritesNoWords(Path.of("src/main/java/dev/mlquiz/slack/SlackRenderer.java"));
    }

    @Test
    void stats_show_accuracy_per_level_and_advise_on_the_weakest_spot() {
        String text = SlackRenderer.render(SampleStats.withWeakSpot()).text();

        assertThat(text)
                .contains("*By level:*\n• beginner: 3/3 (100%)\n• advanced: 1/5 (20%)")
                .contains("\n" + SampleStats.ADVICE.replace("&", "&amp;"))
                .endsWith("\n" + SampleStats.REVIEW);
    }

    @Test
    void the_reports_list_shows_each_question_its_tally_and_notes_within_slacks_limits() {
        List<ReportsView.Entry> entries = IntStream.range(0, 15)
                .mapToObj(i -> new ReportsView.Entry(
                        "question-" + i,
                        "Prompt <b> & " + i + "?",
                        new ReportSummary(
                                "question-" + i,
                                2,
                                Map.of(ReportReason.WRONG_ANSWER, 1, ReportReason.OUTDATED, 1),
                                List.of("n".repeat(500), "<https://evil.example|docs>"),
                                Instant.parse("2026-03-04T10:00:00Z"))))
                .toList();

        JsonArray blocks = json(new ReportsView(entries, 3));

        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        List<String> texts = texts(blocks);
        assertThat(texts).allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(SlackRenderer.SECTION_MAX));
        assertThat(texts.get(0)).isEqualTo("*Open reports: 18 questions*");
        assertThat(texts.get(1))
                .startsWith("`question-0` Prompt &lt;b&gt; &amp; 0?\n2 reports: wrong answer ×1, outdated ×1 · <!date^")
                .contains("> &lt;https://evil.example|docs&gt;");
        assertThat(blocks.toString()).contains("…and 3 more", "/mlquiz reports retire &lt;question&gt;");
    }
}
