package dev.mlquiz.app;

import dev.mlquiz.core.concurrent.DaemonThreads;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Console input that ends at the end of the input or at {@link #stop()}, whichever comes first. A read
 * of standard input cannot be interrupted, so a daemon thread copies it into a queue and the console
 * reads the queue, which {@link #stop()} ends: the line being handled finishes, no further line is read.
 */
final class StoppableInput extends Reader {
    /** Queued at the end of the input and by {@link #stop()}. */
    private static final char[] END = new char[0];

    private final BlockingQueue<char[]> chunks = new LinkedBlockingQueue<>();
    private char[] chunk = new char[0];
    private int position;
    private volatile boolean ended;
    private volatile IOException failure;

    StoppableInput(InputStream in) {
        Reader source = new InputStreamReader(in, StandardCharsets.UTF_8);
        DaemonThreads.named("mlquiz-console-input")
                .newThread(() -> copy(source))
                .start();
    }

    private void copy(Reader source) {
        char[] buffer = new char[4096];
        try {
            for (int read = source.read(buffer); read >= 0; read = source.read(buffer)) {
                chunks.add(Arrays.copyOf(buffer, read));
            }
        } catch (IOException e) {
            failure = e;
        } finally {
            chunks.add(END);
        }
    }

    /** Ends the input now: reads return end of input, even while waiting for a line. */
    void stop() {
        ended = true;
        chunks.add(END);
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!ended && position == chunk.length) {
            chunk = next();
            position = 0;
            if (chunk == END) {
                ended = true;
            }
        }
        if (failure != null) {
            throw failure;
        }
        if (ended) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, target, offset, count);
        position += count;
        return count;
    }

    private char[] next() throws InterruptedIOException {
        try {
            return chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for console input");
        }
    }

    @Override
    public void close() {
        stop();
    }
}
