package dev.mlquiz.app.console;

import dev.mlquiz.core.identity.Platform;
import dev.mlquiz.core.identity.PlayerId;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A simulated player's name, as typed in {@code /as NAME} or {@code /mlquiz stats NAME}: 1-32 letters or digits
 * of any script, dots, dashes or underscores. No spaces, since {@code stats NAME} takes one word. Names that
 * differ only in case are one player: the id is the lower-cased name.
 *
 * @param typed the name as typed (in Unicode's composed form, so "José" typed either way is one name)
 */
record ConsoleName(String typed, PlayerId id) {
    static final int MAX = 32;
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}._-]{1," + MAX + "}");

    static Optional<ConsoleName> parse(String text) {
        String name = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String key = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
        return Optional.of(new ConsoleName(name, new PlayerId(Platform.CONSOLE, key)));
    }
}
