package dev.mlquiz.slack;

import com.slack.api.methods.SlackApiException;
import java.time.Duration;
import java.util.Optional;

/**
 * Slack's HTTP 429 (rate limited): how long it asks to wait, from its Retry-After header, and a post's
 * failure reason that says so.
 */
final class RateLimits {
    /** Said when Slack gives no readable Retry-After; also the shortest wait taken. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(1);
    /** A longer wait than this is taken as this: a reveal waiting minutes is as good as lost. */
    static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

    private static final String REASON = "ratelimited: retry after ";

    private RateLimits() {}

    /** The wait Slack asked for when {@code e} is its 429; empty for any other failure. */
    static Optional<Duration> retryAfter(Exception e) {
        if (!(e instanceof SlackApiException) || ((SlackApiException) e).getResponse() == null) {
            return Optional.empty();
        }
        okhttp3.Response response = ((SlackApiException) e).getResponse();
        if (response.code() != 429) {
            return Optional.empty();
        }
        Duration wait = DEFAULT_WAIT;
        try {
            String header = response.header("Retry-After");
            wait = header == null ? DEFAULT_WAIT : Duration.ofSeconds(Long.parseLong(header.strip()));
        } catch (NumberFormatException unreadable) {
            // An HTTP date or garbage: the default wait.
        }
        if (wait.compareTo(DEFAULT_WAIT) < 0) {
            return Optional.of(DEFAULT_WAIT);
        }
        return Optional.of(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    /** A failure reason saying Slack asked to wait. */
    static String reason(Duration wait) {
        return REASON + wait.toSeconds() + " s";
    }
}
