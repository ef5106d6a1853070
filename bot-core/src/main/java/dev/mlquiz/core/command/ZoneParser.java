package dev.mlquiz.core.command;

import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Phrases;
import dev.mlquiz.core.text.Text;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one reader of time zones, for the team's zone and a question of the day's alike. It accepts IANA
 * zone ids in any case ("europe/berlin") and {@code UTC} under any of its names ("Etc/UTC", "GMT",
 * "Zulu", "Z"). It refuses fixed offsets ("+05:30",
 * "GMT+14", "Etc/GMT-3") everywhere: they never change for daylight saving, so a schedule set with one
 * would drift by an hour twice a year where the players live; a city zone gets that right.
 */
public final class ZoneParser {
    private static final String UTC = "UTC";

    /** Accepted ids by their lower-case form: every zone with daylight-saving rules, plus UTC. */
    private static final Map<String, String> ACCEPTED = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> id.equals(UTC) || !ZoneId.of(id).getRules().isFixedOffset())
            .collect(Collectors.toMap(id -> id.toLowerCase(Locale.ROOT), Function.identity()));

    /** Names of UTC itself, without an offset: each reads as UTC. */
    private static final Pattern UTC_NAMES =
            Pattern.compile("(?i)(?:etc/)?(?:utc|gmt|ut|uct|z|zulu|greenwich|universal|gmt0|gmt[+-]0)");

    /** "+05:30", "-8", "UTC+2", "GMT-03:00", "Etc/GMT+5", "GMT", "UT": an offset, or a name of one. */
    private static final Pattern OFFSET =
            Pattern.compile("(?i)(?:etc/)?(?:utc|gmt|ut|uct|z|zulu|greenwich|universal|gmt0)?\\s*(?:[+-]\\d.*)?");

    /** "EST", "CEST", "PST": letters only, as short as an abbreviation. */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-Za-z]{2,5}");

    private ZoneParser() {}

    /** A zone as typed: the zone it names, or why it is refused and what would work. */
    public sealed interface Parsed permits Zone, Refused {}

    public record Zone(ZoneId zone) implements Parsed {
        public Zone {
            Objects.requireNonNull(zone, "zone");
        }
    }

    public record Refused(Text message) implements Parsed {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }

    public static Parsed parse(String text) {
        String typed = text.strip();
        String id = ACCEPTED.get(typed.toLowerCase(Locale.ROOT));
        if (id != null) {
            return new Zone(ZoneId.of(id));
        }
        if (UTC_NAMES.matcher(typed).matches()) {
            return new Zone(ZoneId.of(UTC));
        }
        if (!typed.isEmpty() && OFFSET.matcher(typed).matches()) {
            return new Refused(Text.of(Msg.ZONE_FIXED_OFFSET, typed));
        }
        if (ABBREVIATION.matcher(typed).matches()) {
            return new Refused(Phrases.sentences(Text.of(Msg.ZONE_ABBREVIATION, typed), Text.of(Msg.ZONE_EXAMPLES)));
        }
        return new Refused(Phrases.sentences(Text.of(Msg.ZONE_UNKNOWN, typed), Text.of(Msg.ZONE_EXAMPLES)));
    }

    /** Whether a word is shaped like a zone (or an attempt at one) rather than a time, days or a topic. */
    static boolean looksLikeZone(String text) {
        String typed = text.strip();
        return typed.contains("/")
                || ACCEPTED.containsKey(typed.toLowerCase(Locale.ROOT))
                || (!typed.isEmpty() && OFFSET.matcher(typed).matches() && !typed.matches("\\d.*"))
                || ZoneId.SHORT_IDS.containsKey(typed.toUpperCase(Locale.ROOT))
                || typed.matches("[A-Z]{2,5}");
    }

    /** Every id {@link #parse} accepts, sorted, for autocompletion. */
    public static SortedSet<String> ids() {
        return new TreeSet<>(ACCEPTED.values());
    }
}
