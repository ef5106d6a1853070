package dev.mlquiz.slack;

import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.webhook.WebhookResponse;
import dev.mlquiz.core.command.Command;
import dev.mlquiz.core.command.CommandParser;
import dev.mlquiz.core.publish.RoundMessageUpdater;
import dev.mlquiz.core.quiz.Announcer.PostResult;
import dev.mlquiz.core.quiz.Invocation;
import dev.mlquiz.core.quiz.Quiz;
import dev.mlquiz.core.round.RoundKind;
import dev.mlquiz.core.text.Msg;
import dev.mlquiz.core.text.Text;
import dev.mlquiz.core.view.Attachment;
import dev.mlquiz.core.view.Audience;
import dev.mlquiz.core.view.NotedCard;
import dev.mlquiz.core.view.Notice;
import dev.mlquiz.core.view.QuestionCard;
import dev.mlquiz.core.view.Reply;
import dev.mlquiz.core.view.View;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /mlquiz} in: acknowledged at once, then run on the work pool. A question goes to the channel
 * with chat.postMessage (its timestamp is kept for the live count and the reveal); every other reply goes
 * back through the command's response_url. What cannot run at all is said in the acknowledgment itself.
 */
final class SlackCommands {
    private static final Logger log = LoggerFactory.getLogger(SlackCommands.class);

    private final Quiz quiz;
    private final RoundMessageUpdater rounds;
    private final WorkspaceAdmins admins;
    private final Deliveries deliveries;
    private final Workers work;
    private final SlackPictures pictures;
    private final Workers uploads;

    SlackCommands(
            Quiz quiz,
            RoundMessageUpdater rounds,
            WorkspaceAdmins admins,
            Deliveries deliveries,
            Workers work,
            SlackPictures pictures,
            Workers uploads) {
        this.quiz = quiz;
        this.rounds = rounds;
        this.admins = admins;
        this.deliveries = deliveries;
        this.work = work;
        this.pictures = pictures;
        this.uploads = uploads;
    }

    Response handle(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload payload = request.getPayload();
        if (!SlackIdentities.isId(payload.getUserId())
                || !SlackIdentities.isId(payload.getTeamId())
                || !SlackIdentities.isId(payload.getChannelId())) {
            return ackWith(context, SlackNotices.unreadableIds());
        }
        String delivery = "command:" + payload.getTriggerId();
        Deliveries.Seen seen = deliveries.seen(delivery);
        if (seen == Deliveries.Seen.AGAIN) {
            return context.ack();
        }
        if (seen == Deliveries.Seen.UNKNOWN) {
            return ackWith(context, SlackNotices.databaseUnreachable());
        }
        if (!work.submit("/mlquiz " + payload.getText(), () -> run(payload, context))) {
            deliveries.forget(delivery);
            return ackWith(context, Notice.busy());
        }
        return context.ack();
    }

    private void run(SlashCommandPayload payload, SlashCommandContext context) {
        try {
            Command command = CommandParser.parse(
                    SlackIdentities.withoutMentions(payload.getText()),
                    quiz.bank().topics());
            WorkspaceAdmins.Role role = command.requiresAdmin()
                    ? admins.role(SlackIdentities.team(payload.getTeamId()), payload.getUserId())
                    : WorkspaceAdmins.Role.MEMBER;
            if (role == WorkspaceAdmins.Role.UNKNOWN) {
                respond(context, Audience.PRIVATE, SlackNotices.roleUnchecked());
                return;
            }
            Invocation who = new Invocation(
                    SlackIdentities.player(payload.getUserId(), payload.getUserName()),
                    SlackIdentities.channel(payload.getTeamId(), payload.getChannelId()),
                    payload.getChannelName() == null ? payload.getChannelId() : payload.getChannelName(),
                    role == WorkspaceAdmins.Role.ADMIN);
            Reply reply = quiz.execute(who, command);
            if (reply.audience() == Audience.CHANNEL && reply.view() instanceof QuestionCard) {
                post(payload, context, (QuestionCard) reply.view());
            } else {
                respond(context, reply.audience(), linked(reply.view(), payload));
                reply.attachment().ifPresent(file -> upload(payload, file, context));
                if (pictures.has(reply.view())) {
                    // A card that finds the uploads pool full is only logged: its text went out already.
                    uploads.submit("the card of a /mlquiz reply", () -> picture(payload, context, reply));
                }
            }
        } catch (Exception e) {
            log.warn("/mlquiz {} failed: {}", ErrorLine.excerpt(payload.getText()), ErrorLine.of(e));
            respond(context, Audience.PRIVATE, Notice.failedOnOurSide());
        }
    }

    /**
     * A channel round shown again links to its message, when that message is remembered. The link is
     * built from the workspace domain the command carries, so it costs no chat.getPermalink call.
     */
    private View linked(View view, SlashCommandPayload payload) {
        if (view instanceof NotedCard && ((NotedCard) view).card().kind() != RoundKind.PRACTICE) {
            NotedCard noted = (NotedCard) view;
            return noted.withMessageLink(rounds.messageRef(noted.card().round())
                    .flatMap(ts -> SlackRenderer.messageLink(payload.getTeamDomain(), payload.getChannelId(), ts)));
        }
        return view;
    }

    /**
     * Files go up on the uploads pool, not the work pool: uploads hanging on Slack's files API must not hold
     * up other players' commands. A file that finds the pool full is not sent, and the player is told.
     */
    private void upload(SlashCommandPayload payload, Attachment file, SlashCommandContext context) {
        if (!uploads.submit("sending " + file.fileName(), () -> sendFile(payload.getUserId(), file, context))) {
            respond(context, Audience.PRIVATE, Notice.busy());
        }
    }

    /**
     * The reply's picture card follows its text: below it in the channel, or in the player's direct message
     * when the reply was private (ephemeral).
     */
    private void picture(SlashCommandPayload payload, SlashCommandContext context, Reply reply) {
        if (reply.audience() == Audience.CHANNEL) {
            pictures.toChannel(context.client(), payload.getChannelId(), reply.view());
        } else {
            pictures.toPlayer(context.client(), payload.getUserId(), reply.view());
        }
    }

    /**
     * A reply's file goes to the player in a direct message with the bot (a slash command's response
     * cannot carry one); a failure is said privately, naming the missing permission when that is the cause.
     */
    private static void sendFile(String userId, Attachment file, SlashCommandContext context) {
        Optional<SlackUploads.Refusal> failure = SlackUploads.sendPrivately(
                context.client(), userId, im -> SlackUploads.file(im, file.fileName(), file.bytes()));
        if (failure.isEmpty()) {
            respond(context, Audience.PRIVATE, Notice.info(Text.of(Msg.SLACK_FILE_SENT, file.fileName())));
            return;
        }
        SlackUploads.Refusal refusal = failure.get();
        log.warn("sending {} to {} failed: {}", file.fileName(), userId, refusal.error());
        Text why = refusal.missingScope()
                .map(scope -> Text.of(Msg.SLACK_FILE_NEEDS_SCOPE, file.fileName(), scope))
                .orElseGet(() -> Text.of(Msg.SLACK_FILE_FAILED, file.fileName(), refusal.error()));
        respond(context, Audience.PRIVATE, Notice.error(why));
    }

    /** The question goes to the channel through the core, which remembers its message; a refused one is withdrawn. */
    private void post(SlashCommandPayload payload, SlashCommandContext context, QuestionCard card) {
        PostResult result =
                rounds.post(SlackIdentities.channel(payload.getTeamId(), payload.getChannelId()), List.of(), card);
        if (result instanceof PostResult.Posted) {
            return;
        }
        quiz.withdraw(card.round());
        PostResult.Failed failed = (PostResult.Failed) result;
        String error = failed.reason();
        boolean notInChannel = "not_in_channel".equals(error) || "channel_not_found".equals(error);
        Optional<Long> busyFor = failed.retryAfter().map(Duration::toSeconds);
        respond(
                context,
                Audience.PRIVATE,
                notInChannel
                        ? SlackNotices.cannotPost()
                        : busyFor.map(SlackNotices::rateLimited).orElseGet(() -> SlackNotices.questionRefused(error)));
    }

    private static void respond(SlashCommandContext context, Audience audience, View view) {
        SlackMessage message = SlackRenderer.render(view);
        try {
            WebhookResponse sent =
                    context.respond(r -> r.responseType(audience == Audience.CHANNEL ? "in_channel" : "ephemeral")
                            .text(message.text())
                            .blocks(message.blocks()));
            if (sent.getCode() != 200) {
                log.warn("answering /mlquiz: response_url answered {}", sent.getCode());
            }
        } catch (Exception e) {
            log.warn("answering /mlquiz through response_url failed: {}", ErrorLine.of(e));
        }
    }

    /** A slash command's acknowledgment may carry a private message: used when nothing else will run. */
    private static Response ackWith(SlashCommandContext context, View view) {
        SlackMessage message = SlackRenderer.render(view);
        return context.ack(r -> r.responseType("ephemeral").text(message.text()).blocks(message.blocks()));
    }
}
