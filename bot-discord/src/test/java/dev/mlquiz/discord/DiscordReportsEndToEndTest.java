package dev.mlquiz.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.Player;
import dev.mlquiz.core.identity.PlayerId;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.identity.TeamId;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.report.ReportSummary;
import dev.mlquiz.core.round.AnswerButtonId;
import dev.mlquiz.core.round.ReportButtonId;
import dev.mlquiz.core.round.RoundMessages;
import dev.mlquiz.core.telemetry.Acknowledgments;
import dev.mlquiz.core.testing.MutableClock;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.discord.fake.CapturedRequest;
import dev.mlquiz.discord.fake.FakeDiscord;
import dev.mlquiz.discord.fake.InteractionRef;
import dev.mlquiz.store.testing.TempDatabase;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reporting a bad question on Discord, through the real JDA client and a fake Discord on 127.0.0.1. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DiscordReportsEndToEndTest {
    static final Duration WAIT = DiscordEndToEndTest.WAIT;
    static final int MODAL = 9;
    static final String THANKS = "Thanks: your report on “";

    @RegisterExtension
    final TempDatabase db = new TempDatabase();

    final MutableClock clock = MutableClock.at("2026-03-04T10:00:00Z");
    FakeDiscord discord;
    DiscordBot bot;
    Quiz quiz;
    RoundMessages messages;

    @BeforeEach
    void start() throws Exception {
        discord = FakeDiscord.start();
        RunningBot running = RunningBot.start(discord, db, clock, Acknowledgments.NONE);
        bot = running.bot();
        quiz = running.quiz();
        messages = running.messages();
    }

    @AfterEach
    void stop() {
        bot.close();
        discord.close();
    }

    List<ReportSummary> openReports() {
        return db.stores().reports().open(new TeamId(Platform.DISCORD, discord.guildId()));
    }

    String questionOf(RoundId round) {
        return db.stores().rounds().find(round).orElseThrow().questionId();
    }

    JsonNode command(String userId, long permissions, String command, String subcommand, Map<String, ?> options) {
        InteractionRef ref = discord.slashCommand(userId, "user" + userId, permissions, command, subcommand, options);
        return discord.awaitAnswerJson(ref, WAIT);
    }

    JsonNode click(String userId, String customId, String messageId) {
        return discord.awaitCallback(discord.buttonClick(userId, "user" + userId, customId, messageId), WAIT)
                .json();
    }

    JsonNode submit(String userId, String formId, Object reason, String details) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(ReportForm.REASON, reason);
        fields.put(ReportForm.DETAILS, details);
        return discord.awaitCallback(discord.modalSubmit(userId, "user" + userId, formId, fields), WAIT)
                .json();
    }

    static String content(JsonNode callback) {
        return callback.path("data").path("content").asText();
    }

    static boolean ephemeral(JsonNode callback) {
        return (callback.path("data").path("flags").asInt() & FakeDiscord.FLAG_EPHEMERAL) != 0;
    }

    /** A round asked, answered and closed by an admin: its message is now the reveal, Report button included. */
    record Revealed(RoundId round, String messageId, JsonNode reveal) {}

    Revealed revealedRound() {
        JsonNode asked = command("11", 0, "mlquiz", "ask", Map.of()).path("data");
        RoundId round = AnswerButtonId.decode(
                        DiscordEndToEndTest.buttonIds(asked).get(0))
                .orElseThrow()
                .round();
        DiscordEndToEndTest.eventually(() -> messages.messageRef(round).isPresent());
        String messageId = messages.messageRef(round).get();
        command("31", FakeDiscord.PERMISSION_MANAGE_SERVER, "mlquiz-admin", "close", Map.of());
        CapturedRequest reveal =
                discord.awaitRequest("PATCH", "channels/" + discord.channelId() + "/messages/" + messageId, WAIT);
        return new Revealed(round, messageId, reveal.json());
    }

    @Test
    void the_report_button_under_a_reveal_opens_the_form_for_its_round() {
        Revealed revealed = revealedRound();
        String reportButton = new ReportButtonId(revealed.round()).encode();
        assertThat(DiscordEndToEndTest.buttonIds(revealed.reveal())).contains(reportButton);

        JsonNode opened = click("21", reportButton, revealed.messageId());

        assertThat(opened.path("type").asInt()).isEqualTo(MODAL);
        JsonNode form = opened.path("data");
        assertThat(form.path("custom_id").asText()).isEqualTo(reportButton);
        assertThat(form.path("title").asText()).isEqualTo("Report a problem with this question");
        assertThat(form.path("components").findValuesAsText("custom_id"))
                .containsExactly(ReportForm.REASON, ReportForm.DETAILS);
        assertThat(form.path("components").findValue("max_length").asInt()).isEqualTo(500);
        assertThat(openReports()).as("opening the form files nothing").isEmpty();
    }

    @Test
    void the_form_opens_while_every_worker_waits_on_discord() {
        Revealed revealed = revealedRound();
        CountDownLatch discordAnswers = new CountDownLatch(1);
        AtomicInteger waiting = new AtomicInteger();
        // Replies to commands (callback type 4) are held: each command's worker waits on its reply.
        discord.stub(
                r -> r.matches("POST", "interactions/.*/callback")
                        && r.json().path("type").asInt() == 4,
                r -> {
                    waiting.incrementAndGet();
                    try {
                        discordAnswers.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return FakeDiscord.StubResponse.json(204, "");
                });
        try {
            for (int i = 0; i < 6; i++) {
                discord.slashCommand("4" + i, "user4" + i, 0, "mlquiz", "topics", Map.of());
            }
            DiscordEndToEndTest.eventually(() -> waiting.get() >= 4);

            JsonNode opened = click("21", new ReportButtonId(revealed.round()).encode(), revealed.messageId());

            assertThat(opened.path("type").asInt()).isEqualTo(MODAL);
        } finally {
            discordAnswers.countDown();
            discord.clearStubs();
        }
    }

    @Test
    void the_submitted_form_files_the_report_and_thanks_the_reporter_privately() {
        Revealed revealed = revealedRound();
        String form = new ReportButtonId(revealed.round()).encode();
        click("21", form, revealed.messageId());

        JsonNode thanked = submit("21", form, List.of("wrong"), "  B is right since 2024  ");

        assertThat(thanked.path("type").asInt()).isEqualTo(4);
        assertThat(ephemeral(thanked)).isTrue();
        assertThat(content(thanked)).startsWith(THANKS).endsWith("” is with the admins here.");
        assertThat(openReports()).singleElement().satisfies(summary -> {
            assertThat(summary.questionId()).isEqualTo(questionOf(revealed.round()));
            assertThat(summary.reasons()).isEqualTo(Map.of(ReportReason.WRONG_ANSWER, 1));
            assertThat(summary.notes()).containsExactly("B is right since 2024");
        });
    }

    @Test
    void the_report_button_under_practice_feedback_reports_the_practice_question() {
        JsonNode practice = command("21", 0, "mlquiz", "practice", Map.of()).path("data");
        RoundId round = AnswerButtonId.decode(
                        DiscordEndToEndTest.buttonIds(practice).get(0))
                .orElseThrow()
                .round();
        JsonNode feedback = click("21", DiscordEndToEndTest.buttonIds(practice).get(0), "5000");
        String form = new ReportButtonId(round).encode();
        assertThat(DiscordEndToEndTest.buttonIds(feedback.path("data"))).containsExactly(form);

        assertThat(click("21", form, "5000").path("type").asInt()).isEqualTo(MODAL);
        JsonNode thanked = submit("21", form, List.of("unclear"), null);

        assertThat(content(thanked)).startsWith(THANKS);
        assertThat(openReports()).singleElement().satisfies(summary -> {
            assertThat(summary.questionId()).isEqualTo(questionOf(round));
            assertThat(summary.notes()).isEmpty();
        });
    }

    /** A round asked in another Discord server, straight through the core. */
    RoundId roundOfAnotherServer() {
        ChannelId elsewhere = new ChannelId(new TeamId(Platform.DISCORD, "7777"), "7778");
        Invocation someone =
                new Invocation(new Player(new PlayerId(Platform.DISCORD, "41"), "someone"), elsewhere, "c", false);
        Reply asked =
                quiz.execute(someone, CommandParser.parse("ask", quiz.bank().topics()));
        return ((QuestionCard) asked.view()).round();
    }

    @Test
    void a_form_naming_an_unknown_round_or_another_servers_is_refused_privately_and_files_nothing() {
        JsonNode refused = submit("21", "mlquiz.report.v1.zzzz0000", List.of("wrong"), "");
        JsonNode foreign = submit("21", "some-other-form", List.of("wrong"), "");
        JsonNode otherServer = submit("21", new ReportButtonId(roundOfAnotherServer()).encode(), List.of("wrong"), "");

        String stale = "⚠️ That question is no longer known here. /mlquiz report <question> <reason> reports one by"
                + " the id under its reveal.";
        assertThat(content(refused)).isEqualTo(stale);
        assertThat(ephemeral(refused)).isTrue();
        assertThat(content(foreign)).isEqualTo(stale);
        assertThat(content(otherServer)).isEqualTo(stale);
        assertThat(openReports()).isEmpty();
    }

    @Test
    void details_over_500_characters_or_a_reason_not_offered_are_refused_and_file_nothing() {
        String form = new ReportButtonId(revealedRound().round()).encode();

        JsonNode tooLong = submit("21", form, List.of("other"), "x".repeat(501));
        JsonNode unknownReason = submit("21", form, List.of("boring"), "");
        JsonNode noReason = submit("21", form, null, "no reason picked");

        assertThat(content(tooLong)).isEqualTo("⚠️ A report's details are at most 500 characters; yours have 501.");
        assertThat(ephemeral(tooLong)).isTrue();
        assertThat(content(unknownReason))
                .isEqualTo("⚠️ 'boring' is not a reason to report: wrong, unclear, outdated or other.");
        assertThat(content(noReason)).startsWith("⚠️ '' is not a reason to report");
        assertThat(openReports()).isEmpty();
    }

    @Test
    void the_report_command_files_a_report_with_details_of_several_words() {
        String question = questionOf(revealedRound().round());

        JsonNode thanked = command(
                "21",
                0,
                "mlquiz",
                "report",
                Map.of("question", question, "reason", "outdated", "details", "the API changed in v2"));

        assertThat(ephemeral(thanked)).isTrue();
        assertThat(content(thanked)).startsWith(THANKS);
        assertThat(openReports()).singleElement().satisfies(summary -> {
            assertThat(summary.reasons()).isEqualTo(Map.of(ReportReason.OUTDATED, 1));
            assertThat(summary.notes()).containsExactly("the API changed in v2");
        });
    }

    @Test
    void admins_list_the_open_reports_and_retire_a_question_and_players_cannot() {
        String question = questionOf(revealedRound().round());
        command("21", 0, "mlquiz", "report", Map.of("question", question, "reason", "wrong"));
        long admin = FakeDiscord.PERMISSION_MANAGE_SERVER;

        JsonNode refused = command("21", 0, "mlquiz-admin", "reports list", Map.of());
        JsonNode listed = command("31", admin, "mlquiz-admin", "reports list", Map.of());
        JsonNode retired = command("31", admin, "mlquiz-admin", "reports retire", Map.of("question", question));
        JsonNode emptied = command("31", admin, "mlquiz-admin", "reports list", Map.of());

        assertThat(content(refused)).startsWith("⚠️ Only admins can list reports");
        JsonNode embed = listed.path("data").path("embeds").get(0);
        assertThat(ephemeral(listed)).isTrue();
        assertThat(embed.path("title").asText()).isEqualTo("Open reports: 1 question");
        assertThat(embed.path("fields").get(0).path("name").asText()).isEqualTo("`" + question + "`");
        assertThat(embed.path("fields").get(0).path("value").asText()).contains("1 report: wrong answer");
        assertThat(embed.path("footer").path("text").asText())
                .startsWith("/mlquiz-admin reports retire <question> takes a question out")
                .doesNotContain("/mlquiz reports");
        assertThat(content(retired)).startsWith("Retired " + question + ": this team will not see it again");
        assertThat(content(emptied)).startsWith("No open reports.");
        assertThat(openReports()).isEmpty();
    }
}
