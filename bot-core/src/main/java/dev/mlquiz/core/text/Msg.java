package dev.mlquiz.core.text;

import static dev.mlquiz.core.text.Msg.Counting.PLURAL;
import static dev.mlquiz.core.text.Msg.Counting.SINGLE;

import java.util.Locale;

/**
 * Every message mlquiz shows, by key, with how many arguments it takes; the words are in the catalog
 * ({@code messages.properties} next to {@link Catalog}). A key missing here is a compile error, and a key
 * missing from a bundle fails {@code CatalogTest}. The English is only in the bundle, so it cannot drift from a copy here.
 */
public enum Msg {
    // Glue
    SENTENCES(2),
    PAIR(2),
    PAIR_PARENTHESISED(2),
    NAMES_COMMA(2),
    NAMES_AND(2),
    NAMES_MORE(2),
    DATE_RANGE(2),
    PERCENT(1),
    SHARE_RIGHT(1),
    ON(0),
    OFF(0),
    // Counts and durations
    COUNT_POINTS(1, PLURAL),
    COUNT_ANSWERS(1, PLURAL),
    COUNT_PLAYERS(1, PLURAL),
    DURATION_SECONDS(1),
    DURATION_MINUTES(1),
    DURATION_HOURS(1),
    DURATION_DAYS(1),
    DURATION_TWO_UNITS(2),
    // Notices said the same way on every platform
    NOTICE_ANSWER_NOT_SAVED(0),
    NOTICE_RESTARTING(0),
    NOTICE_BUSY(0),
    NOTICE_FAILED_ON_OUR_SIDE(0),
    // Clicks on answer buttons
    ANSWER_LOCKED_IN(2),
    ANSWER_ALREADY_ANSWERED(1),
    ANSWER_ROUND_CLOSED(0),
    ANSWER_WRONG_CHANNEL(0),
    ANSWER_UNKNOWN_ROUND(0),
    // Commands only admins may run
    ADMIN_ONLY_CLOSE(0),
    ADMIN_ONLY_ROUND_LENGTH(0),
    ADMIN_ONLY_ASK_COOLDOWN(0),
    ADMIN_ONLY_TIME_ZONE(0),
    ADMIN_ONLY_QOTD(0),
    // Reading commands
    COMMAND_SEE_HELP(0),
    COMMAND_UNKNOWN(1),
    COMMAND_TOO_MANY_WORDS(1),
    FILTER_ANY(0),
    FILTER_UNKNOWN_WORD(1),
    FILTER_ONE_OF_EACH(0),
    FILTER_CHOICES(2),
    SETTING_GIVEN_TWICE(3),
    SETTING_ONE_ONLY(0),
    SETTING_TIME(0),
    SETTING_TIME_ZONE(0),
    SETTING_DAYS(0),
    SETTING_TOPIC(0),
    SETTING_LEVEL(0),
    SETTING_OPEN_HOURS(0),
    LEADERBOARD_PERIOD_TWICE(2),
    LEADERBOARD_UNKNOWN_OPTION(1),
    CONFIG_USAGE(3),
    CONFIG_ROUND_SECONDS_RANGE(3),
    CONFIG_ASK_COOLDOWN_RANGE(2),
    QOTD_USAGE(0),
    QOTD_RECAP_USAGE(0),
    QOTD_INVALID_TIME(1),
    QOTD_INVALID_DAYS(1),
    QOTD_INVALID_OPEN_HOURS(1),
    QOTD_OPEN_HOURS_RANGE(2),
    QOTD_UNKNOWN_OPTION(1),
    ZONE_FIXED_OFFSET(1),
    ZONE_ABBREVIATION(1),
    ZONE_UNKNOWN(1),
    ZONE_EXAMPLES(0),
    // Days of a question of the day
    DAYS_EVERY_DAY(0),
    DAYS_WEEKDAYS(0),
    // Leaderboard periods: as a title, and inside a sentence
    WINDOW_WEEK(0),
    WINDOW_MONTH(0),
    WINDOW_ALL(0),
    WINDOW_WEEK_IN_SENTENCE(0),
    WINDOW_MONTH_IN_SENTENCE(0),
    WINDOW_ALL_IN_SENTENCE(0),
    // Asking, practice and rounds (Quiz)
    ASK_COOLING_DOWN(2),
    ASK_THIN_POOL(2, PLURAL),
    ASK_NO_QUESTIONS(1),
    ASK_ROUND_ALREADY_OPEN(0),
    PRACTICE_STILL_OPEN(0),
    REVIEW_USAGE(1),
    EXPORT_USAGE(1),
    EXPORT_READY(2, PLURAL),
    EXPORT_READY_ALL(2, PLURAL),
    EXPORT_NOTHING_MISSED(0),
    EXPORT_NOTHING_ANSWERED(0),
    REVIEW_ON(0),
    REVIEW_OFF(0),
    REVIEW_OPTED_OUT(0),
    REVIEW_DUE(2),
    REVIEW_NEW(1),
    REVIEW_NOTHING_LEFT(0),
    REVIEW_ANSWER_OPEN_FIRST(0),
    PRACTICE_REPLACED(2),
    PRACTICE_RETIRED_QUESTION(0),
    CLOSE_NO_ROUND_OPEN(0),
    CLOSE_CLOSED_EARLY(0),
    STATS_UNKNOWN_USER(1),
    LEADERBOARD_SCOPE_TEAM(0),
    LEADERBOARD_SCOPE_CHANNEL(1),
    // Settings (Quiz)
    SETTINGS_TITLE(0),
    SETTINGS_ROUND_LENGTH(0),
    SETTINGS_ASK_COOLDOWN(0),
    SETTINGS_ASK_COOLDOWN_NONE(0),
    SETTINGS_ASK_COOLDOWN_AFTER(1),
    SETTINGS_TIME_ZONE(0),
    SETTINGS_TIME_ZONE_VALUE(1),
    SETTINGS_QUESTION_OF_THE_DAY(0),
    SETTINGS_HOW_TO_CHANGE(0),
    SETTINGS_ROUND_LENGTH_SET(1),
    SETTINGS_ASK_COOLDOWN_OFF(0),
    SETTINGS_ASK_COOLDOWN_SET(1),
    SETTINGS_TIME_ZONE_SET(1),
    // The question of the day (DailyQuestions)
    QOTD_OFF_STATUS(0),
    QOTD_RECAP_IS_ON(0),
    QOTD_ON_STATUS(7),
    QOTD_OPEN_FOR(1),
    QOTD_OPEN_UNTIL(1),
    QOTD_LAST_PROBLEM(1),
    QOTD_LAST_PROBLEM_AT(2),
    QOTD_ERROR_INTERNAL(1),
    QOTD_ERROR_POSTING(1),
    // Help
    HELP_ASK(0),
    HELP_PRACTICE(0),
    HELP_REVIEW(0),
    HELP_EXPORT(0),
    HELP_LEADERBOARD(0),
    HELP_TEAMS(0),
    HELP_STATS(0),
    HELP_TOPICS(0),
    HELP_HELP(0),
    HELP_CONFIG(0),
    HELP_CLOSE(0),
    HELP_ROUND_SECONDS(2),
    HELP_ASK_COOLDOWN(0),
    HELP_TIME_ZONE(0),
    HELP_QOTD_STATUS(0),
    HELP_QOTD_ON(0),
    HELP_QOTD_OFF(0),
    HELP_QOTD_RECAP(0),
    HELP_RULE_ONCE(0),
    HELP_RULE_HIDDEN(1),
    HELP_RULE_POINTS(3),
    HELP_RULE_POINTS_LAND(0),
    HELP_RULE_SCORED_ONCE(0),
    HELP_RULE_PRACTICE(0),
    HELP_RULE_WEEKS(1),
    HELP_RULE_NO_REPEATS(0),
    HELP_RULE_DAILY(0),
    HELP_TITLE(0),
    HELP_COMMANDS(0),
    HELP_RULES(0),
    HELP_ADMINS(0),
    // Question cards
    CARD_QUESTION_TITLE(1),
    CARD_PRACTICE_TITLE(1),
    CARD_LEVEL(0),
    CARD_CLOSES(0),
    CARD_CLOSES_AT(1),
    CARD_NOTE(0),
    CARD_ANSWERS_SO_FAR(1),
    CARD_GO_TO_QUESTION(0),
    CARD_FALLBACK(1),
    PRACTICE_NOTE(0),
    PRACTICE_COUNTS(0),
    PRACTICE_CORRECT(0),
    PRACTICE_NOT_QUITE(1),
    PRACTICE_NOT_QUITE_SHORT(0),
    TIP(0),
    // Reveals
    REVEAL_ANSWER(1),
    REVEAL_DAILY(1),
    REVEAL_WHY(0),
    REVEAL_RESULTS(0),
    REVEAL_NOBODY_ANSWERED(0),
    REVEAL_NOBODY_RIGHT(0),
    REVEAL_WINNER(2),
    REVEAL_WINNERS(2),
    REVEAL_SEEN_BEFORE(1),
    REVEAL_SEEN_BEFORE_TOO(1),
    REVEAL_TALLY(2),
    REVEAL_FIRST_RIGHT(1),
    REVEAL_PARTICIPATION(3, PLURAL),
    // Boards, recaps, stats and topics
    BOARD_TITLE(2),
    BOARD_YOU(1),
    BOARD_LINE_RIGHT(2),
    BOARD_NO_POINTS_YET(0),
    TEAMS_TITLE(1),
    TEAMS_LINE(3),
    TEAMS_NO_POINTS_YET(0),
    RECAP_HEADING(1),
    RECAP_NO_POINTS(0),
    RECAP_QUESTIONS_OF_THE_DAY(0),
    RECAP_DAILY_QUESTIONS(1),
    RECAP_ANSWERS(0),
    RECAP_PLAYERS(0),
    STATS_TITLE(1),
    STATS_NO_ANSWERS_YET(0),
    STATS_ANSWERED(0),
    STATS_ACCURACY(0),
    STATS_POINTS(0),
    STATS_STREAK(0),
    STATS_DAILY_STREAK(0),
    STATS_WITH_BEST(2),
    STATS_BY_TOPIC(0),
    STATS_WORK_ON(0),
    STATS_BY_LEVEL(0),
    STATS_SCORE_LINE(4),
    STATS_BY_REVIEW(0),
    STATS_REVIEW(2),
    STATS_REVIEW_RETENTION(3),
    STATS_WEAK_SPOT(5),
    STATS_ANSWERED_COUNT(1),
    STATS_STREAK_COUNT(2),
    STATS_DAILY_STREAK_COUNT(2),
    STATS_ACTIVITY(0),
    STATS_FORECAST(0),
    PICTURE_ALONGSIDE(2),
    TOPICS_TITLE(0),
    TOPICS_LEVELS(0),
    // The console's own phrasing
    CONSOLE_PRACTICE_TITLE(2),
    CONSOLE_EXPORT_SAVED(1),
    CONSOLE_EXPORT_FAILED(2),
    CONSOLE_QUESTION_TITLE(4),
    CONSOLE_TYPE_TO_ANSWER(0),
    CONSOLE_WHICH_PRACTICE(0),
    CONSOLE_WHICH_DAILY(0),
    CONSOLE_WHICH_ROUND(0),
    CONSOLE_WHICH(3),
    CONSOLE_THE_ANSWER_IS(3),
    TIP_LINE(1),
    CONSOLE_ROUND_OVER(1),
    CONSOLE_DAILY_OVER(1),
    CONSOLE_RECAP(6),
    CONSOLE_BOARD_TITLE(2),
    CONSOLE_BOARD_LINE_CORRECT(2),
    CONSOLE_BOARD_DAILY_STREAK(1),
    CONSOLE_BOARD_YOU(0),
    CONSOLE_TEAMS_TITLE(1),
    CONSOLE_STATS_TITLE(1),
    CONSOLE_STATS(7),
    CONSOLE_STATS_DAILY_STREAK(2),
    // Discord: what the bot's role lacks in a channel
    DISCORD_CANNOT_POST(2),
    DISCORD_REVEAL_NOT_SHOWN(2),
    DISCORD_ROLE_NEEDS(2, PLURAL),
    DISCORD_THIS_CHANNEL(0),
    DISCORD_SERVERS_ONLY(0),
    // Slack: what the adapter itself says
    SLACK_UNREADABLE_IDS(0),
    SLACK_NO_CHANNEL(0),
    SLACK_CANNOT_POST(0),
    SLACK_QUESTION_REFUSED(1),
    SLACK_TIME_FALLBACK(0),
    SLACK_HOME_YOU(0),
    SLACK_HOME_REVIEW_DUE(1, PLURAL),
    SLACK_HOME_REVIEW_START(0),
    SLACK_DIRECT_MESSAGE(0),
    SLACK_FILE_SENT(1),
    SLACK_FILE_FAILED(2),
    SLACK_NOT_INSTALLED(0);

    /** Whether a message has one entry, or one per plural form chosen by its first argument (a count). */
    enum Counting {
        SINGLE,
        PLURAL
    }

    private final int arguments;
    private final Counting counting;

    Msg(int arguments) {
        this(arguments, SINGLE);
    }

    Msg(int arguments, Counting counting) {
        this.arguments = arguments;
        this.counting = counting;
    }

    /** How many arguments the message takes: its placeholders are {0} up to one less than this. */
    public int arguments() {
        return arguments;
    }

    /** Whether the bundle holds one entry per plural form ({@code key.one}, {@code key.other}). */
    public boolean plural() {
        return counting == PLURAL;
    }

    /** The key in the bundle: the constant's name in lower case, dots for underscores. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
