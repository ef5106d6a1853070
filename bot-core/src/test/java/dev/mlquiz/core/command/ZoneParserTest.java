package dev.mlquiz.core.command;

import static dev.mlquiz.core.testing.English.english;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ZoneParserTest {

    @Test
    void iana_ids_are_read_in_any_case() {
        assertThat(ZoneParser.parse("europe/berlin")).isEqualTo(new ZoneParser.Zone(ZoneId.of("Europe/Berlin")));
        assertThat(ZoneParser.parse("AMERICA/NEW_YORK")).isEqualTo(new ZoneParser.Zone(ZoneId.of("America/New_York")));
        assertThat(ZoneParser.parse(" Asia/Kolkata ")).isEqualTo(new ZoneParser.Zone(ZoneId.of("Asia/Kolkata")));
    }

    @Test
    void utc_is_accepted_in_any_case_and_under_any_of_its_names() {
        for (String utc : new String[] {"utc", "UTC", "Etc/UTC", "GMT", "gmt0", "Z", "Zulu", "UCT", "Universal"}) {
            assertThat(ZoneParser.parse(utc)).as(utc).isEqualTo(new ZoneParser.Zone(ZoneId.of("UTC")));
        }
    }

    @Test
    void fixed_offsets_are_refused_saying_why() {
        for (String offset : new String[] {"+05:30", "-8", "GMT+14", "utc+2", "Etc/GMT-3", "UTC-05:00"}) {
            assertThat(refusal(offset))
                    .isEqualTo(("'" + offset + "' is a fixed offset, which does not follow"
                            + " daylight saving. Name a city zone instead, such as Europe/Berlin or Asia/Kolkata,"
                            + " or UTC."));
        }
    }

    @Test
    void abbreviations_are_refused_with_iana_examples() {
        assertThat(refusal("EST"))
                .isEqualTo(("'EST' is an abbreviation, not a time zone: abbreviations are"
                        + " ambiguous and do not say when daylight saving applies. Use an IANA zone id such as"
                        + " Europe/Berlin, America/New_York or UTC."));
        assertThat(ZoneParser.parse("PST")).isInstanceOf(ZoneParser.Refused.class);
    }

    @Test
    void an_unknown_zone_names_itself_and_suggests_iana_ids() {
        assertThat(refusal("Mars/Olympus"))
                .isEqualTo(("Unknown time zone 'Mars/Olympus'. Use an IANA zone id such as"
                        + " Europe/Berlin, America/New_York or UTC."));
    }

    @Test
    void the_ids_offered_for_completion_are_the_accepted_ones() {
        assertThat(ZoneParser.ids()).contains("UTC", "Europe/Berlin").doesNotContain("Etc/GMT+5", "GMT", "EST");
        assertThat(ZoneParser.ids())
                .allSatisfy(id -> assertThat(ZoneParser.parse(id)).isInstanceOf(ZoneParser.Zone.class));
    }

    /** Why the typed zone is refused, in English. */
    static String refusal(String typed) {
        return english(((ZoneParser.Refused) ZoneParser.parse(typed)).message());
    }
}
