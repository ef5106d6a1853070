package dev.mlquiz.discord;

import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InteractionFailureException;

/** Failures in one line for logs and status texts; JDA's own messages for some Discord errors run to six. */
final class Failures {
    private Failures() {}

    /** "Discord error 10062: Unknown interaction", or the exception's class and message. */
    static String oneLine(Throwable failure) {
        if (failure instanceof InteractionFailureException) {
            // JDA's "cascading failure": the error itself is logged where the acknowledgment was sent
            return "Discord refused to acknowledge the interaction";
        }
        if (failure instanceof ErrorResponseException) {
            ErrorResponseException refused = (ErrorResponseException) failure;
            return "Discord error " + refused.getErrorCode() + ": " + firstLine(refused.getMeaning());
        }
        return firstLine(failure.getMessage() == null ? failure.getClass().getName() : failure.toString());
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
