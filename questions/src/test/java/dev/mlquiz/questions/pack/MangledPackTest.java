package dev.mlquiz.questions.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Thousands of randomly mangled packs (seeded, so a failure replays): each is read into a pack or
 * into precise problems of its own, and none falls through to "could not read pack".
 */
class MangledPackTest {
    static final String SIGNIFICANT = "[]{}:,&*!|>'\"#-?%@`<< \t\n\r\u0000\u0007\uFEFF\u00e9\ud83d\ude00\\";

    @Test
    void no_mangled_yaml_pack_escapes_as_an_unforeseen_failure() {
        everyMangling("team.yaml", BrokenPackTest.VALID_YAML, 1);
    }

    @Test
    void no_mangled_json_pack_escapes_as_an_unforeseen_failure() {
        everyMangling("team.json", BrokenPackTest.VALID_JSON, 2);
    }

    static void everyMangling(String file, String valid, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < 2000; i++) {
            String text = mangled(valid, random);

            PackReadResult result = PackReader.read(file, text);

            if (result instanceof PackReadResult.Rejected) {
                assertThat(((PackReadResult.Rejected) result).problems())
                        .as("mangling %d of %s:%n%s", i, file, text)
                        .isNotEmpty()
                        .allSatisfy(problem -> {
                            assertThat(problem.file()).isEqualTo(file);
                            assertThat(problem.message()).doesNotStartWith("could not read pack");
                        });
            }
        }
    }

    static String mangled(String text, SplittableRandom random) {
        StringBuilder mangled = new StringBuilder(text);
        int edits = 1 + random.nextInt(6);
        for (int e = 0; e < edits && mangled.length() > 0; e++) {
            int at = random.nextInt(mangled.length());
            switch (random.nextInt(5)) {
                case 0 -> mangled.deleteCharAt(at);
                case 1 -> mangled.insert(at, SIGNIFICANT.charAt(random.nextInt(SIGNIFICANT.length())));
                case 2 -> mangled.setLength(at);
                case 3 -> {
                    int end = Math.min(mangled.length(), at + 1 + random.nextInt(40));
                    mangled.insert(random.nextInt(mangled.length()), mangled.substring(at, end));
                }
                default -> mangled.insert(at, "&a *a <<: ");
            }
        }
        return mangled.toString();
    }
}
