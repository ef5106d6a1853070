package dev.mlquiz.core.command;

import static dev.mlquiz.core.testing.English.english;
import static dev.mlquiz.core.testing.English.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mlquiz.core.daily.DailySettings;
import dev.mlquiz.core.daily.DaySet;
import dev.mlquiz.core.score.Window;
import dev.mlquiz.questions.Difficulty;
import dev.mlquiz.questions.Topic;
import dev.mlquiz.questions.Topics;
import dev.mlquiz.questions.bank.QuestionBank;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandParserTest {
    static final Topics TOPICS = QuestionBank.bundled().topics();

    /** The bank's topic ids in load order, then the levels: how a refusal lists what is valid. */
    static final String TOPICS_AND_LEVELS =
            "Topics: " + String.join(", ", TOPICS.ids()) + ". Levels: beginner, intermediate, advanced.";

    /** The command read from {@code text}, a refusal written out in English. */
    static Command parse(String text, Topics topics) {
        return english(CommandParser.parse(text, topics));
    }

    static Command parse(String text) {
        return parse(text, TOPICS);
    }

    @Test
    void ask_takes_an_optional_topic_and_level_in_either_order() {
        assertThat(parse("ask")).isEqualTo(new Command.Ask(Filter.ANY));
        assertThat(parse("/mlquiz ask llms-nlp advanced"))
                .isEqualTo(new Command.Ask(new Filter(Optional.of("llms-nlp"), Optional.of(Difficulty.ADVANCED))));
        assertThat(parse("ask Advanced LLMS"))
                .isEqualTo(new Command.Ask(new Filter(Optional.of("llms-nlp"), Optional.of(Difficulty.ADVANCED))));
        assertThat(parse("practice beginner"))
                .isEqualTo(new Command.Practice(new Filter(Optional.empty(), Optional.of(Difficulty.BEGINNER))));
    }

    @Test
    void an_unknown_topic_lists_the_valid_topics_and_levels() {
        assertThat(parse("ask astrology"))
                .isEqualTo(refused("Unknown topic or level 'astrology'. " + TOPICS_AND_LEVELS));
    }

    @Test
    void topic_words_are_the_ids_of_the_topics_the_banks_packs_declare() {
        Topics teamTopics = new Topics(List.of(
                new Topic("core-concepts", "Core ML concepts", Optional.empty()),
                new Topic("computer-vision", "Computer vision", Optional.empty())));

        assertThat(parse("ask computer-vision", teamTopics))
                .isEqualTo(new Command.Ask(new Filter(Optional.of("computer-vision"), Optional.empty())));
        assertThat(parse("practice comp adv", teamTopics))
                .isEqualTo(new Command.Practice(
                        new Filter(Optional.of("computer-vision"), Optional.of(Difficulty.ADVANCED))));
        assertThat(parse("ask llms", teamTopics))
                .isEqualTo(refused("Unknown topic or level 'llms'. Topics: core-concepts, computer-vision."
                        + " Levels: beginner, intermediate, advanced."));
        assertThat(parse("qotd on computer-vision", teamTopics))
                .isEqualTo(new Command.QotdOn(new DailySettings(
                        DailySettings.DEFAULT_TIME,
                        Optional.empty(),
                        DailySettings.defaults().days(),
                        Optional.of("computer-vision"),
                        Optional.empty(),
                        Optional.empty())));
    }

    @Test
    void an_ambiguous_prefix_is_not_guessed() {
        assertThat(parse("ask d")).isInstanceOf(Command.Invalid.class);
        assertThat(parse("ask deep"))
                .isEqualTo(new Command.Ask(new Filter(Optional.of("deep-learning"), Optional.empty())));
    }

    @Test
    void two_topics_are_refused() {
        assertThat(parse("ask llms deep"))
                .isEqualTo(refused("Topic given twice: llms and deep. Give at most one topic and one" + " level. "
                        + TOPICS_AND_LEVELS));
    }

    @Test
    void two_levels_are_refused_naming_both() {
        assertThat(parse("practice adv beginner"))
                .asString()
                .contains("Level given twice: adv and beginner. Give at most one topic and one level.");
    }

    @Test
    void leaderboard_defaults_to_this_week_for_the_team() {
        assertThat(parse("leaderboard")).isEqualTo(new Command.Leaderboard(Window.WEEK, LeaderboardScope.TEAM));
        assertThat(parse("leaderboard all channel"))
                .isEqualTo(new Command.Leaderboard(Window.ALL, LeaderboardScope.CHANNEL));
        assertThat(parse("leaderboard teams month")).isEqualTo(new Command.Teams(Window.MONTH));
        assertThat(parse("leaderboard yearly")).isInstanceOf(Command.Invalid.class);
        assertThat(parse("leaderboard week month"))
                .isEqualTo(refused("Period given twice: week and month. Give one of week, month or all."));
    }

    @Test
    void config_checks_its_ranges_and_zones() {
        assertThat(parse("config round-seconds 90")).isEqualTo(new Command.SetRoundSeconds(90));
        assertThat(parse("config round-seconds 5"))
                .isEqualTo(refused("Round length must be a whole number of seconds from 10 to 3600," + " not '5'."));
        assertThat(parse("config round-seconds soon")).isInstanceOf(Command.Invalid.class);
        assertThat(parse("config timezone Europe/Berlin"))
                .isEqualTo(new Command.SetTimeZone(ZoneId.of("Europe/Berlin")));
        assertThat(parse("config timezone Mars/Olympus"))
                .isEqualTo(refused("Unknown time zone 'Mars/Olympus'. Use an IANA zone id such as "
                        + "Europe/Berlin, America/New_York or UTC."));
    }

    @Test
    void the_rest_of_the_commands() {
        assertThat(parse("")).isEqualTo(new Command.Help());
        assertThat(parse("/mlquiz")).isEqualTo(new Command.Help());
        assertThat(parse("close")).isEqualTo(new Command.Close());
        assertThat(parse("stats")).isEqualTo(new Command.Stats(Optional.empty()));
        assertThat(parse("stats U123")).isEqualTo(new Command.Stats(Optional.of("U123")));
        assertThat(parse("topics")).isEqualTo(new Command.Topics());
        assertThat(parse("dance"))
                .isEqualTo(refused("Unknown command 'dance'. Try /mlquiz help for the list of commands."));
    }

    @Test
    void export_takes_nothing_or_all() {
        assertThat(parse("export")).isEqualTo(new Command.Export(false));
        assertThat(parse("export ALL")).isEqualTo(new Command.Export(true));
        assertThat(parse("export csv"))
                .isEqualTo(refused("'csv' is not something export does: /mlquiz export for the questions you missed,"
                        + " /mlquiz export all for every one you answered."));
    }

    @Test
    void review_takes_nothing_or_on_or_off() {
        assertThat(parse("review")).isEqualTo(new Command.Review(Command.Review.Action.NEXT));
        assertThat(parse("review on")).isEqualTo(new Command.Review(Command.Review.Action.ON));
        assertThat(parse("Review OFF")).isEqualTo(new Command.Review(Command.Review.Action.OFF));
        assertThat(parse("review now please"))
                .isEqualTo(refused("'now please' is not something review does: /mlquiz review for the next due"
                        + " question, or /mlquiz review on|off."));
    }

    @Test
    void qotd_on_reads_time_zone_days_topic_level_and_duration_in_any_order() {
        assertThat(parse("qotd on")).isEqualTo(new Command.QotdOn(DailySettings.defaults()));
        assertThat(parse("qotd on llms 7:45 Europe/Berlin mon,wed,fri advanced 8h"))
                .isEqualTo(new Command.QotdOn(new DailySettings(
                        LocalTime.of(7, 45),
                        Optional.of(ZoneId.of("Europe/Berlin")),
                        DaySet.parse("mon,wed,fri").orElseThrow(),
                        Optional.of("llms-nlp"),
                        Optional.of(Difficulty.ADVANCED),
                        Optional.of(Duration.ofHours(8)))));
        assertThat(parse("qotd off")).isEqualTo(new Command.QotdOff());
        assertThat(parse("qotd")).isEqualTo(new Command.QotdStatus());
        assertThat(parse("qotd recap on")).isEqualTo(new Command.QotdRecap(true));
    }

    @Test
    void bad_qotd_times_zones_and_days_get_clear_messages() {
        assertThat(parse("qotd on 25:00"))
                .isEqualTo(refused("Invalid time '25:00'. Use HH:MM in 24-hour form, like 09:00 or 17:30."));
        assertThat(parse("qotd on Mars/Base"))
                .isEqualTo(
                        refused(
                                "Unknown time zone 'Mars/Base'. Use an IANA zone id such as Europe/Berlin, America/New_York or UTC."));
        assertThat(parse("qotd on someday"))
                .asString()
                .contains("Unknown question-of-the-day option 'someday': not a time, time zone, days, topic, level"
                        + " or open hours.");
        assertThat(parse("qotd on 200h"))
                .isEqualTo(refused("The question can stay open from 1h to 168h, in whole hours, not 200h."));
        assertThat(parse("qotd recap maybe")).isInstanceOf(Command.Invalid.class);
    }

    @Test
    void each_malformed_qotd_value_gets_the_message_for_its_own_kind() {
        String time = "Use HH:MM in 24-hour form, like 09:00 or 17:30.";
        assertThat(parse("qotd on 9:5")).isEqualTo(refused("Invalid time '9:5'. " + time));
        assertThat(parse("qotd on 9am")).isEqualTo(refused("Invalid time '9am'. " + time));
        assertThat(parse("qotd on 0900")).isEqualTo(refused("Invalid time '0900'. " + time));
        assertThat(parse("qotd on 1000h"))
                .isEqualTo(refused("The question can stay open from 1h to 168h, in whole hours, not 1000h."));
        assertThat(parse("qotd on 1.5h"))
                .isEqualTo(refused("Invalid open hours '1.5h'. The question can stay open from 1h to 168h,"
                        + " in whole hours, not 1.5h."));
        assertThat(parse("qotd on EST"))
                .isEqualTo(refused("'EST' is an abbreviation, not a time zone: abbreviations are ambiguous"
                        + " and do not say when daylight saving applies. Use an IANA zone id such as Europe/Berlin,"
                        + " America/New_York or UTC."));
        assertThat(parse("qotd on +05:30"))
                .asString()
                .contains("'+05:30' is a fixed offset, which does not follow daylight saving.");
        assertThat(parse("qotd on mon-fry"))
                .isEqualTo(refused(
                        "Invalid days 'mon-fry'. Days look like mon-fri, weekdays, weekends, daily or mon,wed,fri."));
        assertThat(parse("qotd on llm-nlp")).asString().contains("Unknown question-of-the-day option 'llm-nlp'");
    }

    @Test
    void a_qotd_setting_given_twice_is_refused_naming_both() {
        assertThat(parse("qotd on 09:00 10:00")).isEqualTo(refused("Time given twice: 09:00 and 10:00. Give one."));
        assertThat(parse("qotd on daily weekends"))
                .isEqualTo(refused("Days given twice: daily and weekends. Give one."));
        assertThat(parse("qotd on UTC Europe/Berlin"))
                .isEqualTo(refused("Time zone given twice: UTC and Europe/Berlin. Give one."));
        assertThat(parse("qotd on llms deep")).isEqualTo(refused("Topic given twice: llms and deep. Give one."));
        assertThat(parse("qotd on advanced beginner"))
                .isEqualTo(refused("Level given twice: advanced and beginner. Give one."));
        assertThat(parse("qotd on 8h 4h")).isEqualTo(refused("Open hours given twice: 8h and 4h. Give one."));
    }

    @Test
    void config_and_qotd_read_zones_the_same_way() {
        for (String zone : new String[] {"utc", "UTC", "europe/berlin", "Europe/Berlin", "AMERICA/NEW_YORK"}) {
            Command config = parse("config timezone " + zone);
            Command qotd = parse("qotd on " + zone);
            assertThat(config).isInstanceOf(Command.SetTimeZone.class);
            assertThat(((Command.QotdOn) qotd).settings().zone()).contains(((Command.SetTimeZone) config).zone());
        }
        for (String zone : new String[] {"+05:30", "GMT+14", "UTC+2", "Etc/GMT-3", "EST", "Mars/Base"}) {
            Command config = parse("config timezone " + zone);
            assertThat(config).isInstanceOf(Command.Invalid.class);
            assertThat(parse("qotd on " + zone)).isEqualTo(config);
        }
    }

    @Test
    void config_alone_shows_the_settings_to_anyone() {
        assertThat(parse("config")).isEqualTo(new Command.ShowSettings());
        assertThat(parse("config").requiresAdmin()).isFalse();
        assertThat(parse("config colour blue"))
                .asString()
                .contains("Use /mlquiz config to see this channel's settings");
    }

    @Test
    void only_settings_changes_need_an_admin() {
        assertThat(parse("close").requiresAdmin()).isTrue();
        assertThat(parse("qotd on").requiresAdmin()).isTrue();
        assertThat(parse("config round-seconds 30").requiresAdmin()).isTrue();
        assertThat(parse("qotd status").requiresAdmin()).isFalse();
        assertThat(parse("ask").requiresAdmin()).isFalse();
    }
}
