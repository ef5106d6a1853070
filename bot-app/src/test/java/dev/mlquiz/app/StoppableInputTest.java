package dev.mlquiz.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StoppableInputTest {
    @Test
    void reads_every_line_up_to_the_end_of_the_input() throws IOException {
        BufferedReader lines = new BufferedReader(new StoppableInput(
                new ByteArrayInputStream("/mlquiz ask\nA\n/as älice\n".getBytes(StandardCharsets.UTF_8))));

        assertThat(lines.lines()).containsExactly("/mlquiz ask", "A", "/as älice");
    }

    @Test
    void stop_ends_a_read_that_waits_for_a_line_that_never_comes() throws Exception {
        PipedOutputStream typing = new PipedOutputStream();
        StoppableInput input = new StoppableInput(new PipedInputStream(typing));
        BufferedReader lines = new BufferedReader(input);
        typing.write("A\n".getBytes(StandardCharsets.UTF_8));
        typing.flush();
        assertThat(lines.readLine()).isEqualTo("A");

        CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> {
            try {
                return lines.readLine();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        input.stop();

        assertThat(next.get(10, TimeUnit.SECONDS)).isNull();
    }
}
