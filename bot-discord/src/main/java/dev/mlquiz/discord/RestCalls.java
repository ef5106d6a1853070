package dev.mlquiz.discord;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import net.dv8tion.jda.api.requests.RestAction;

/**
 * {@link RestAction#complete()} waits with {@code join}, which ignores interrupts: an interaction stuck
 * on a slow Discord could not be cut off when the bot stops, and would touch the database after it
 * closed. These waits end on an interrupt.
 */
final class RestCalls {
    private RestCalls() {}

    /** Sends {@code action} and waits for its result; failures are thrown as {@code complete()} throws them. */
    static <T> T complete(RestAction<T> action) {
        try {
            return action.submit().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            CancellationException cut = new CancellationException("interrupted while waiting for Discord");
            cut.initCause(e);
            throw cut;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        }
    }
}
