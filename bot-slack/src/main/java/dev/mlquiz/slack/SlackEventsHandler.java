package dev.mlquiz.slack;

import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events} into Bolt (and, in OAuth mode, the installer's GETs of the install page and
 * the redirect). The gate answers what is not a Slack request before the body is
 * read; the body is then read without holding a thread (a stalled body costs a connection, not a thread)
 * and must be complete within the deadline; the signature is checked before anything parses it; what
 * Bolt cannot parse is answered 400.
 */
final class SlackEventsHandler extends Handler.Abstract {
    private static final Logger log = LoggerFactory.getLogger(SlackEventsHandler.class);

    private final App app;
    private final BlockActionRequestReader reader;
    private final RequestGate gate;
    private final RequestSignatures signatures;
    private final HttpLimits limits;
    private final Set<String> pages;
    private final PageRate pageRate;

    SlackEventsHandler(App app, RequestSignatures signatures, HttpLimits limits, Set<String> pages, PageRate pageRate) {
        super(InvocationType.BLOCKING);
        this.app = app;
        this.reader = new BlockActionRequestReader(app.config());
        this.gate = new RequestGate(SlackHttpServer.PATH);
        this.signatures = signatures;
        this.limits = limits;
        this.pages = Set.copyOf(pages);
        this.pageRate = pageRate;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        HttpFields headers = request.getHeaders();
        String path = request.getHttpURI().getPath();
        if ("GET".equals(request.getMethod()) && pages.contains(path)) {
            if (pageRate.tryTake(Request.getRemoteAddr(request))) {
                page(request, response, callback, path);
            } else {
                response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
                send(response, callback, 429, "text/plain", "too many requests for this page; try again in a moment");
            }
            return true;
        }
        Optional<RequestGate.Refusal> refusal =
                gate.check(request.getMethod(), path, headers.get(HttpHeader.CONTENT_TYPE));
        if (refusal.isPresent()) {
            send(
                    response,
                    callback,
                    refusal.get().status(),
                    "text/plain",
                    refusal.get().reason());
            return true;
        }
        AtomicBoolean answered = new AtomicBoolean();
        Scheduler.Task deadline = request.getComponents()
                .getScheduler()
                .schedule(
                        () -> {
                            if (answered.compareAndSet(false, true)) {
                                Response.writeError(request, response, callback, 408, "request body too slow");
                            }
                        },
                        limits.bodyDeadline().toMillis(),
                        TimeUnit.MILLISECONDS);
        Content.Source.asByteArrayAsync(
                request,
                limits.bodyBytes(),
                Promise.Invocable.from(Invocable.InvocationType.BLOCKING, (body, failure) -> {
                    deadline.cancel();
                    if (!answered.compareAndSet(false, true)) {
                        return;
                    }
                    if (failure != null) {
                        int status = failure instanceof HttpException ? ((HttpException) failure).getCode() : 400;
                        Response.writeError(request, response, callback, status, "request body unreadable");
                        return;
                    }
                    answer(request, response, callback, new String(body, StandardCharsets.UTF_8));
                }));
        return true;
    }

    private void answer(Request request, Response response, Callback callback, String body) {
        HttpFields headers = request.getHeaders();
        if (!signatures.valid(
                headers.get(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                headers.get(SlackSignature.HeaderNames.X_SLACK_SIGNATURE),
                body)) {
            send(response, callback, 401, "text/plain", "invalid signature or timestamp");
            return;
        }
        com.slack.api.bolt.request.Request<?> slackRequest;
        try {
            slackRequest = reader.read(body, boltHeaders(headers), Request.getRemoteAddr(request));
        } catch (RuntimeException e) {
            log.warn("a signed Slack request could not be parsed: {}", ErrorLine.of(e));
            slackRequest = null;
        }
        if (slackRequest == null) {
            send(response, callback, 400, "text/plain", "not a Slack request mlquiz understands");
            return;
        }
        run(slackRequest, response, callback);
    }

    /** An installer's browser: the install page, or coming back from Slack with a code and the state. */
    private void page(Request request, Response response, Callback callback, String path) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (Fields.Field field : Request.extractQueryParameters(request)) {
            query.put(field.getName(), new ArrayList<>(field.getValues()));
        }
        com.slack.api.bolt.request.Request<?> slackRequest =
                reader.readPage(path, query, boltHeaders(request.getHeaders()), Request.getRemoteAddr(request));
        if (slackRequest == null) {
            send(response, callback, 404, "text/plain", "not found");
            return;
        }
        run(slackRequest, response, callback);
    }

    private void run(com.slack.api.bolt.request.Request<?> slackRequest, Response response, Callback callback) {
        com.slack.api.bolt.response.Response answer;
        try {
            answer = app.run(slackRequest);
        } catch (Exception e) {
            log.error("handling a Slack request failed: {}", ErrorLine.of(e));
            send(response, callback, 500, "text/plain", "internal error");
            return;
        }
        answer.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("content-type")) {
                values.forEach(value -> response.getHeaders().add(name, value));
            }
        });
        send(
                response,
                callback,
                answer.getStatusCode(),
                answer.getContentType() == null ? "text/plain" : answer.getContentType(),
                answer.getBody() == null ? "" : answer.getBody());
    }

    /** Bolt reads header names in lower case. */
    private static Map<String, List<String>> boltHeaders(HttpFields headers) {
        Map<String, List<String>> lowerCase = new LinkedHashMap<>();
        for (HttpField field : headers) {
            lowerCase
                    .computeIfAbsent(field.getLowerCaseName(), name -> new ArrayList<>())
                    .add(field.getValue());
        }
        return lowerCase;
    }

    private static void send(Response response, Callback callback, int status, String contentType, String body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        Content.Sink.write(response, true, body, callback);
    }
}
