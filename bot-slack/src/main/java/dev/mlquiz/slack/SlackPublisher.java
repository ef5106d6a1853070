package dev.mlquiz.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.methods.response.chat.ChatUpdateResponse;
import dev.mlquiz.core.identity.ChannelId;
import dev.mlquiz.core.publish.Publisher;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.schedule.EditCoalescer;
import dev.mlquiz.core.view.View;
import dev.mlquiz.picture.Pictures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack side of {@link Publisher}: chat.postMessage for posts (a view with a picture card, the weekly
 * recap, has it uploaded below), chat.update for edits, each with the token of the channel's workspace.
 * A rate-limited edit (HTTP 429, when many rounds close at once in a workspace) is tried again after the
 * wait Slack asks for, a few times, on the uploads pool; the try sends the message's latest view, so a
 * retried live count never overwrites the reveal that followed it.
 */
public final class SlackPublisher implements Publisher {
    private static final Logger log = LoggerFactory.getLogger(SlackPublisher.class);

    private final SlackPictures pictures;
    /**
     * Where posted cards go up: off the caller's thread (the quiz timer's, for a recap), so an upload, three
     * calls to Slack, never delays a reveal or the question of the day after it.
     */
    private final Workers uploads = new Workers("mlquiz-slack-cards", 2, 200);
    /** How many times an edit is sent before a rate limit makes it give up. */
    static final int EDIT_TRIES = 3;

    private final EditCoalescer.Delayer delayer;
    /** The latest view asked for each message ("channel/ts") whose edit has not gone through yet. */
    private final Map<String, PendingEdit> latest = new ConcurrentHashMap<>();

    /** A view to send, and the stage its caller holds: completed by whichever send removes it from latest. */
    private record PendingEdit(View view, CompletableFuture<Void> shown) {}

    private final Object[] messageLocks =
            IntStream.range(0, 64).mapToObj(i -> new Object()).toArray();

    private volatile WorkspaceClients clients;

    /** Text only: no picture cards. */
    public SlackPublisher() {
        this(Optional.empty());
    }

    /** With {@code pictures}, the weekly recap's card follows its text (empty: text only). */
    public SlackPublisher(Optional<Pictures> pictures) {
        this(pictures, (delay, task) -> CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)
                .execute(task));
    }

    /** {@code delayer}: when a rate-limited edit is tried again. */
    SlackPublisher(Optional<Pictures> pictures, EditCoalescer.Delayer delayer) {
        this.pictures = new SlackPictures(pictures);
        this.delayer = delayer;
    }

    /** How commands and posts deliver their picture cards. */
    SlackPictures pictures() {
        return pictures;
    }

    /** The pool files go up on, so that uploads hanging on Slack hold up no command nor reveal. */
    Workers uploads() {
        return uploads;
    }

    void connect(MethodsClient client) {
        connect(WorkspaceClients.single(client));
    }

    void connect(WorkspaceClients clients) {
        this.clients = clients;
    }

    /**
     * The workspace's client. In OAuth mode that reads and opens the installation, which can fail (the
     * database, a changed key): a failure is a reason to report, never an exception out of a post or an edit.
     */
    private Optional<MethodsClient> client(ChannelId channel) throws LookupFailed {
        WorkspaceClients connected = clients;
        try {
            return connected == null ? Optional.empty() : connected.forTeam(channel.team());
        } catch (RuntimeException e) {
            throw new LookupFailed(ErrorLine.of(e));
        }
    }

    /** Why the workspace's client could not be had. */
    private static final class LookupFailed extends Exception {
        LookupFailed(String reason) {
            super(reason, null, false, false);
        }
    }

    /** A failure's reason is Slack's error code ("not_in_channel"), so callers can tell what to say. */
    @Override
    public PostResult post(ChannelId channel, List<View> views) {
        Optional<MethodsClient> client;
        try {
            client = client(channel);
        } catch (LookupFailed e) {
            return new PostResult.Failed(e.getMessage());
        }
        if (client.isEmpty()) {
            return new PostResult.Failed(clients == null ? "Slack is not connected yet" : "not_installed");
        }
        MethodsClient methods = client.get();
        String ts = null;
        try {
            for (View view : views) {
                SlackMessage message = SlackRenderer.render(view);
                ChatPostMessageResponse posted = methods.chatPostMessage(
                        r -> r.channel(channel.value()).text(message.text()).blocks(message.blocks()));
                if (!posted.isOk()) {
                    return new PostResult.Failed(posted.getError());
                }
                ts = posted.getTs();
                if (pictures.has(view)) {
                    uploads.submit(
                            "the card of a post in " + channel.value(),
                            () -> pictures.toChannel(methods, channel.value(), view));
                }
            }
            return ts == null ? new PostResult.Failed("nothing to post") : new PostResult.Posted(ts);
        } catch (Exception e) {
            Optional<Duration> wait = RateLimits.retryAfter(e);
            // Worth trying again only when nothing of it reached the channel yet.
            return new PostResult.Failed(
                    wait.map(RateLimits::reason).orElseGet(() -> ErrorLine.of(e)),
                    ts == null ? wait : Optional.empty());
        }
    }

    /**
     * The stage completes from the try that settled the view: accepted, refused, or given up on. A view
     * superseded by a newer one before it was sent completes as the newer one does.
     */
    @Override
    public CompletionStage<Void> edit(ChannelId channel, String ts, View view) {
        String message = channel.value() + "/" + ts;
        PendingEdit pending = new PendingEdit(view, new CompletableFuture<>());
        PendingEdit superseded = latest.put(message, pending);
        if (superseded != null) {
            pending.shown().whenComplete((done, failure) -> settle(superseded, failure));
        }
        edit(channel, ts, message, 1);
        return pending.shown();
    }

    /**
     * Sends the message's latest view, under the message's lock: a retried edit and a newer one (a reveal
     * after a live count) never cross, so the newest view is the last sent.
     */
    private void edit(ChannelId channel, String ts, String message, int attempt) {
        synchronized (messageLocks[Math.floorMod(message.hashCode(), messageLocks.length)]) {
            sendLatest(channel, ts, message, attempt);
        }
    }

    private void sendLatest(ChannelId channel, String ts, String message, int attempt) {
        PendingEdit pending = latest.get(message);
        if (pending == null) {
            return; // a newer edit of the message went through meanwhile
        }
        Optional<MethodsClient> client;
        try {
            client = client(channel);
        } catch (LookupFailed e) {
            log.warn("cannot update message {} in channel {}: {}", ts, channel.value(), e.getMessage());
            settle(message, pending, new EditFailed(e.getMessage()));
            return;
        }
        if (client.isEmpty()) {
            log.warn("cannot update message {} in channel {}: no token for its workspace", ts, channel.value());
            settle(message, pending, new EditFailed("no token for its workspace"));
            return;
        }
        SlackMessage rendered = SlackRenderer.render(pending.view());
        EditFailed failure = null;
        try {
            ChatUpdateResponse updated = client.get().chatUpdate(r -> r.channel(channel.value())
                    .ts(ts)
                    .text(rendered.text())
                    .blocks(rendered.blocks()));
            if (!updated.isOk()) {
                log.warn("chat.update of message {} failed: {}", ts, updated.getError());
                failure = new EditFailed(updated.getError());
            }
        } catch (Exception e) {
            Optional<Duration> wait = RateLimits.retryAfter(e);
            if (wait.isPresent() && attempt < EDIT_TRIES) {
                log.info(
                        "chat.update of message {} rate limited: trying again in {} s",
                        ts,
                        wait.get().toSeconds());
                delayer.schedule(wait.get(), () -> {
                    if (!uploads.submit("updating message " + ts, () -> edit(channel, ts, message, attempt + 1))) {
                        // A newer view put there meanwhile has its own send.
                        settle(message, pending, new EditFailed("the retry could not be queued"));
                    }
                });
                return;
            }
            String reason = wait.isPresent() ? "rate limited on all " + EDIT_TRIES + " tries" : ErrorLine.of(e);
            log.warn("chat.update of message {} failed: {}", ts, reason);
            failure = new EditFailed(reason);
        }
        settle(message, pending, failure);
    }

    /** The view's send is over: no later try sends it, and its caller learns how it went. */
    private void settle(String message, PendingEdit pending, Throwable failure) {
        latest.remove(message, pending);
        settle(pending, failure);
    }

    private static void settle(PendingEdit pending, Throwable failure) {
        if (failure == null) {
            pending.shown().complete(null);
        } else {
            pending.shown().completeExceptionally(failure);
        }
    }

    /** Why Slack did not show an edit, in one line. */
    private static final class EditFailed extends RuntimeException {
        EditFailed(String reason) {
            super(reason, null, false, false);
        }
    }
}
