package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.answer.AnswerOutcome;
import dev.mlquiz.core.answer.PracticeFeedback;
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
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.buttons.ButtonStyle;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
    static final RoundId ROUND = new RoundId("round1234");
    static final ChannelId CHANNEL = new ChannelId(new TeamId(Platform.DISCORD, "1"), "2");

    static QuestionCard card(String prompt, String option, int answers) {
        List<OptionLine> options = List.of(
                new OptionLine(Letter.A, option),
                new OptionLine(Letter.B, "b"),
                new OptionLine(Letter.C, "c"),
                new OptionLine(Letter.D, "d"));
        return new QuestionCard(
                ROUND,
                RoundKind.ASK,
                prompt,
                options,
                new Topic("llms-nlp", "LLMs & NLP", Optional.empty()),
                Difficulty.ADVANCED,
                3,
                Instant.ofEpochSecond(1_800_000_000),
                answers);
    }

    /** The answer buttons: the first row's. */
    static List<Button> buttons(MessageCreateData message) {
        return ((ActionRow) message.getComponents().get(0)).getButtons();
    }

    @Test
    void a_question_is_an_embed_with_lettered_options_a_close_time_and_four_buttons() {
        MessageCreateData message = DiscordRenderer.create(card("What does RAG add?", "Retrieved context", 2));

        MessageEmbed embed = message.getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("Question · LLMs & NLP");
        assertThat(embed.getDescription())
                .isEqualTo("**What does RAG add?**\n\n**A.** Retrieved context\n**B.** b\n" + "**C.** c\n**D.** d");
        assertThat(embed.getFields())
                .extracting(MessageEmbed.Field::getValue)
                .containsExactly("advanced · 3 points", "<t:1800000000:R>");
        assertThat(embed.getFooter().getText()).startsWith("2 answers so far");
        assertThat(buttons(message)).extracting(Button::getLabel).containsExactly("A", "B", "C", "D");
        assertThat(buttons(message))
                .extracting(Button::getCustomId)
                .containsExactly(
                        new AnswerButtonId(ROUND, Letter.A).encode(),
                        new AnswerButtonId(ROUND, Letter.B).encode(),
                        new AnswerButtonId(ROUND, Letter.C).encode(),
                        new AnswerButtonId(ROUND, Letter.D).encode());
    }

    @Test
    void a_round_shown_again_is_its_card_under_a_note_that_links_to_the_rounds_message() {
        QuestionCard card = card("What does RAG add?", "Retrieved context", 2);
        NotedCard noted = new NotedCard(
                        Text.literal("A round is already open in this channel; here it is again."), card)
                .withMessageLink(Optional.of(DiscordRenderer.messageLink(CHANNEL, "3003")));

        MessageCreateData message = DiscordRenderer.create(noted);

        assertThat(message.getContent())
                .isEqualTo("A round is already open in this channel; here it is again."
                        + " [Go to the question](https://discord.com/channels/1/2/3003)");
        assertThat(message.getEmbeds()).isEqualTo(DiscordRenderer.create(card).getEmbeds());
        assertThat(buttons(message))
                .extracting(Button::getCustomId)
                .isEqualTo(buttons(DiscordRenderer.create(card)).stream()
                        .map(Button::getCustomId)
                        .collect(Collectors.toList()));
    }

    @Test
    void without_a_known_message_the_note_has_no_link() {
        NotedCard noted = new NotedCard(Text.literal("Your practice question is still open."), card("Q?", "o", 0));

        assertThat(DiscordRenderer.create(noted).getContent()).isEqualTo("Your practice question is still open.");
    }

    @Test
    void over_long_texts_are_cut_to_discords_limits() {
        MessageCreateData message = DiscordRenderer.create(card("p".repeat(5000), "o".repeat(200), 0));

        assertThat(message.getEmbeds().get(0).getDescription())
                .hasSize(MessageEmbed.DESCRIPTION_MAX_LENGTH)
                .endsWith("…");
    }

    static RevealView reveal(List<String> winners) {
        return SampleViews.reveal(ROUND, CHANNEL, "e".repeat(1500), winners);
    }

    @Test
    void the_reveal_marks_the_answer_disables_the_buttons_and_lists_who_was_right() {
        MessageCreateData message = DiscordRenderer.create(reveal(List.of("alice", "**bob**")));

        MessageEmbed embed = message.getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("Answer: B · Core ML concepts");
        assertThat(embed.getDescription()).contains("✅ **B.** Right — 2", "▫️ **A.** Wrong — 1");
        assertThat(embed.getFields())
                .extracting(MessageEmbed.Field::getName)
                .containsExactly("Why", "Interview tip", "Results");
        assertThat(embed.getFields().get(0).getValue()).hasSize(MessageEmbed.VALUE_MAX_LENGTH);
        assertThat(embed.getFields().get(2).getValue())
                .as("the core's sentence, with the names escaped")
                .isEqualTo("alice and \\*\\*bob\\*\\* got it right (+1 point each).");
        assertThat(embed.getFooter().getText()).isEqualTo("3 answers, 67% right. · Question sample-question");
        assertThat(buttons(message)).allMatch(Button::isDisabled);
        assertThat(((ActionRow) message.getComponents().get(1)).getButtons())
                .singleElement()
                .satisfies(report -> {
                    assertThat(report.getCustomId()).isEqualTo(new ReportButtonId(ROUND).encode());
                    assertThat(report.getLabel()).isEqualTo("Report a problem");
                    assertThat(report.isDisabled()).isFalse();
                });
        assertThat(buttons(message))
                .extracting(Button::getStyle)
                .containsExactly(
                        ButtonStyle.SECONDARY, ButtonStyle.SUCCESS, ButtonStyle.SECONDARY, ButtonStyle.SECONDARY);
        assertThat(buttons(message)).extracting(Button::getLabel).containsExactly("A · 1", "B · 2", "C · 0", "D · 0");
    }

    @Test
    void right_answers_seen_before_are_named_apart_without_points() {
        assertThat(results(SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of("alice"), List.of("carol"))))
                .isEqualTo("alice got it right (+1 point).\n"
                        + "carol got it right too but had scored on it before, so no points this time.");
        assertThat(results(SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of(), List.of("carol"))))
                .as("somebody was right, so no 'nobody got it'")
                .isEqualTo("carol got it right but had scored on it before, so no points this time.");
    }

    static String results(RevealView reveal) {
        MessageEmbed embed = DiscordRenderer.create(reveal).getEmbeds().get(0);
        return embed.getFields().stream()
                .filter(f -> f.getName().equals(DiscordRenderer.RESULTS))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    @Test
    void nobody_answering_is_one_sentence_and_no_count_of_zero_answers() {
        MessageEmbed embed = DiscordRenderer.create(
                        SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of(), List.of(), 0))
                .getEmbeds()
                .get(0);

        assertThat(results(SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of(), List.of(), 0)))
                .isEqualTo("Nobody answered.");
        assertThat(embed.getFooter().getText()).as("no count of zero answers").isEqualTo("Question sample-question");
        assertThat(results(SampleViews.reveal(ROUND, CHANNEL, "Because.", List.of(), List.of())))
                .isEqualTo("Nobody got it right.");
    }

    @Test
    void the_reveal_sentences_come_from_the_core_not_from_this_renderer() throws Exception {
        RendererSources.assertWritesNoRevealSentence(Path.of("src/main/java/dev/mlquiz/discord/DiscordRenderer.java"));
    }

    @Test
    void a_thousand_winners_fit_one_field() {
        List<String> many =
                IntStream.range(0, 1000).mapToObj(i -> "player-number-" + i).collect(Collectors.toList());

        String winners = DiscordRenderer.create(reveal(many))
                .getEmbeds()
                .get(0)
                .getFields()
                .get(2)
                .getValue();

        assertThat(winners)
                .hasSizeLessThanOrEqualTo(MessageEmbed.VALUE_MAX_LENGTH)
                .endsWith("more got it right (+1 point each).");
        assertThat(winners).startsWith("player-number-0, player-number-1");
    }

    @Test
    void a_leaderboard_cuts_long_names_and_shows_the_askers_own_line() {
        String longName = "n".repeat(200);
        LeaderboardView board = new LeaderboardView(
                Text.literal("Team"),
                Window.WEEK,
                Collections.nCopies(10, new LeaderboardView.Line(1, longName, 9, 3, 3, false, 0)),
                Optional.of(new LeaderboardView.Line(42, "me", 1, 1, 4, true, 0)),
                50);

        MessageEmbed embed = DiscordRenderer.create(board).getEmbeds().get(0);

        assertThat(embed.getTitle()).isEqualTo("Leaderboard · Team · This week");
        assertThat(embed.getDescription()).doesNotContain(longName).contains("n".repeat(31) + "…");
        assertThat(embed.getDescription()).endsWith("…\n`42.` **me** (you) — 1 point · 1/4 right\n");
        assertThat(embed.getFooter().getText()).isEqualTo("50 players");
    }

    @Test
    void answers_and_refusals_are_short_private_texts() {
        assertThat(DiscordRenderer.create(new AnswerView(
                                new AnswerOutcome.Accepted(ROUND, RoundKind.ASK, Letter.B, "Right", Optional.empty())))
                        .getContent())
                .isEqualTo("🔒 Locked in: B. Right");
        assertThat(DiscordRenderer.create(new AnswerView(new AnswerOutcome.AlreadyAnswered(ROUND, Letter.B)))
                        .getContent())
                .isEqualTo("⚠️ You already answered B. Your first choice counts.");
        assertThat(DiscordRenderer.create(Notice.error(Text.literal("Nope."))).getContent())
                .isEqualTo("⚠️ Nope.");
    }

    @Test
    void practice_feedback_replaces_the_question_with_only_a_report_button() {
        AnswerOutcome practice = new AnswerOutcome.Accepted(
                ROUND,
                RoundKind.PRACTICE,
                Letter.A,
                "Wrong",
                Optional.of(new PracticeFeedback(
                        false, Letter.A, Letter.C, "Right", "Because.", Optional.empty(), "sample-question")));

        MessageCreateData message = DiscordRenderer.create(new AnswerView(practice));

        assertThat(message.getEmbeds().get(0).getTitle()).isEqualTo("Not quite: you chose A.");
        assertThat(message.getEmbeds().get(0).getDescription()).isEqualTo("**C.** Right\n\nBecause.");
        assertThat(message.getEmbeds().get(0).getFooter().getText())
                .isEqualTo(
                        "Practice counts in your stats, not on leaderboards. /mlquiz practice for another. · Question sample-question");
        assertThat(buttons(message))
                .extracting(Button::getCustomId)
                .containsExactly(new ReportButtonId(ROUND).encode());
    }

    @Test
    void a_thin_filters_note_is_a_field_of_the_question() {
        QuestionCard plain = card("What does RAG add?", "Retrieved context", 0);
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

        MessageEmbed embed = DiscordRenderer.create(noted).getEmbeds().get(0);

        assertThat(embed.getFields())
                .extracting(f -> f.getName() + ": " + f.getValue())
                .contains("Note: Only 1 question matches llms-nlp, advanced.");
    }

    @Test
    void settings_are_an_embed_field_per_setting() {
        MessageEmbed embed =
                DiscordRenderer.create(SampleViews.settings()).getEmbeds().get(0);

        assertThat(embed.getTitle()).isEqualTo(SettingsView.TITLE);
        assertThat(embed.getFields())
                .extracting(f -> f.getName() + ": " + f.getValue())
                .containsExactly(
                        "Round length: 90 s",
                        "Time zone: Europe/Berlin (the team's)",
                        "Question of the day: off <for now> & later");
        assertThat(embed.getFooter().getText()).isEqualTo("Admins change them with config round-seconds.");
    }

    @Test
    void help_shows_admin_commands_under_the_admin_command() {
        assertThat(DiscordRenderer.discordUsage("/mlquiz close", true)).isEqualTo("/mlquiz-admin close");
        assertThat(DiscordRenderer.discordUsage("/mlquiz ask", false)).isEqualTo("/mlquiz ask");
    }

    @Test
    void every_word_shown_comes_from_the_catalog() throws Exception {
        RendererSources.assertWritesNoWords(Path.of("src/main/java/dev/mlquiz/discord/DiscordRenderer.java"));
    }

    @Test
    void stats_show_accuracy_per_level_and_advise_on_the_weakest_spot() {
        MessageEmbed embed =
                DiscordRenderer.create(SampleStats.withWeakSpot()).getEmbeds().get(0);

        assertThat(embed.getDescription()).isEqualTo(SampleStats.ADVICE);
        assertThat(embed.getFields())
                .filteredOn(field -> "By level".equals(field.getName()))
                .singleElement()
                .extracting(MessageEmbed.Field::getValue)
                .isEqualTo("beginner: 3/3 (100%)\nadvanced: 1/5 (20%)");
        assertThat(embed.getFields())
                .filteredOn(field -> "Spaced review".equals(field.getName()))
                .singleElement()
                .extracting(MessageEmbed.Field::getValue)
                .isEqualTo(SampleStats.REVIEW);
    }

    static ReportsView longReports() {
        List<ReportsView.Entry> entries = IntStream.range(0, 15)
                .mapToObj(i -> new ReportsView.Entry(
                        "q".repeat(60) + "-" + i,
                        "p".repeat(300),
                        new ReportSummary(
                                "q" + i,
                                3,
                                Map.of(ReportReason.WRONG_ANSWER, 2, ReportReason.UNCLEAR, 1),
                                List.of("n".repeat(500), "[docs](https://evil.example)", "m".repeat(500)),
                                Instant.parse("2026-03-04T10:00:00Z"))))
                .toList();
        return new ReportsView(entries, 7);
    }

    @Test
    void the_reports_list_fits_one_embed_however_long_its_ids_prompts_and_notes() {
        MessageEmbed embed = DiscordRenderer.create(longReports()).getEmbeds().get(0);

        assertThat(embed.getLength()).isLessThanOrEqualTo(MessageEmbed.EMBED_MAX_LENGTH_BOT);
        assertThat(embed.getFields()).hasSize(15);
        assertThat(embed.getTitle()).isEqualTo("Open reports: 22 questions");
        assertThat(embed.getDescription()).startsWith("…and 7 more");
        assertThat(embed.getFooter().getText()).contains("/mlquiz-admin reports retire <question>");
    }

    @Test
    void a_note_cannot_hide_a_link_from_the_admins() {
        ReportsView one = new ReportsView(
                List.of(new ReportsView.Entry(
                        "q1",
                        "Prompt?",
                        new ReportSummary(
                                "q1",
                                1,
                                Map.of(ReportReason.OTHER, 1),
                                List.of("[docs](https://evil.example)"),
                                Instant.parse("2026-03-04T10:00:00Z")))),
                0);

        String value = DiscordRenderer.create(one)
                .getEmbeds()
                .get(0)
                .getFields()
                .get(0)
                .getValue();

        assertThat(value).contains("\\[docs\\](https://evil.example)").contains("1 report: other ×1");
    }
}
