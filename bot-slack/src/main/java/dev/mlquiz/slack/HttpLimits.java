package dev.mlquiz.slack;

import java.time.Duration;

/**
 * How much of the HTTP front the internet may hold at once. A Slack request is a few kilobytes that
 * arrive at once and must be answered within 3 seconds, so anything slower or bigger is not Slack.
 *
 * @param threads request-handling threads (they never wait for a body, nor for outbound calls). Their
 *     queue is not bounded (Jetty needs it for its own tasks); the connection limits bound it instead, as
 *     an HTTP/1.1 connection carries one request at a time
 * @param connections open connections in all; past it, new ones wait in the accept queue
 * @param connectionsPerAddress open connections from one remote address; past it, new ones are closed
 * @param headerBytes request line and headers together (431 beyond)
 * @param bodyBytes request body (413 beyond)
 * @param idleTimeout a connection that sends nothing for this long is closed (idle keep-alive included)
 * @param requestDeadline a connection that has not brought in a new complete request within each such interval (its first, or a later one on a kept-alive connection) is closed
 * @param bodyDeadline a body not complete this long after its headers is answered 408
 */
record HttpLimits(
        int threads,
        int connections,
        int connectionsPerAddress,
        int headerBytes,
        int bodyBytes,
        Duration idleTimeout,
        Duration requestDeadline,
        Duration bodyDeadline) {
    static final HttpLimits DEFAULTS = new HttpLimits(
            32, 1024, 128, 8 * 1024, 256 * 1024, Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
}
