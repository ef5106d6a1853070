package dev.mlquiz.app;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The launcher run in this process on a given input, as {@code ./mlquiz} would be, keeping what it printed. */
final class Launch {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Runs {@code mlquiz args...} with {@code env} and {@code input}; what it prints adds to {@link #out} and {@link #err}. */
    int run(Map<String, String> env, String input, String... args) {
        return main(env, input).run(List.of(args));
    }

    /** The launcher on {@code env} and {@code input}, printing into {@link #out} and {@link #err}. */
    Main main(Map<String, String> env, String input) {
        return new Main(
                env,
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                false,
                ShutdownSignal::new);
    }
}
