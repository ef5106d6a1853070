package dev.mlquiz.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import com.slack.api.methods.request.files.FilesUploadV2Request;
import com.slack.api.methods.response.files.FilesCompleteUploadExternalResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import com.slack.api.methods.response.files.FilesUploadV2Response;
import java.util.Optional;
import java.util.function.Function;

/**
 * Files to Slack with files.uploadV2 (files:write): into a channel, or into a player's direct message with
 * the bot (conversations.open, im:write), since a slash command's response and an ephemeral message cannot
 * carry a file. Each answers why a file did not go, as Slack's error code, instead of throwing.
 */
final class SlackUploads {
    private SlackUploads() {}

    /** A file for {@code channel}, titled with its name; nothing more is asked of Slack (no files.info). */
    static FilesUploadV2Request file(String channel, String fileName, byte[] bytes) {
        return FilesUploadV2Request.builder()
                .channel(channel)
                .filename(fileName)
                .title(fileName)
                .fileData(bytes)
                .requestFileInfo(false)
                .build();
    }

    /** Empty when Slack took the file; else why not ("not_in_channel", or the failure's line). */
    static Optional<String> send(MethodsClient client, FilesUploadV2Request file) {
        try {
            FilesUploadV2Response uploaded = client.filesUploadV2(file);
            return uploaded.isOk() ? Optional.empty() : Optional.of(uploaded.getError());
        } catch (SlackFilesUploadV2Exception e) {
            return Optional.of(refusal(e));
        } catch (Exception e) {
            return Optional.of(ErrorLine.of(e));
        }
    }

    /** The client reports a refused step of the upload as an exception: Slack's error code is in that step. */
    private static String refusal(SlackFilesUploadV2Exception e) {
        FilesCompleteUploadExternalResponse completed = e.getCompleteResponse();
        if (completed != null && !completed.isOk()) {
            return completed.getError();
        }
        return e.getGetURLResponses().stream()
                .filter(asked -> !asked.isOk())
                .map(FilesGetUploadURLExternalResponse::getError)
                .findFirst()
                .orElseGet(() -> ErrorLine.of(e));
    }

    /**
     * Why a file did not go to a player: Slack's error code (or the failure's line), and the permission the
     * refused step needs (im:write to open the direct message, files:write to upload).
     */
    record Refusal(String error, String scope) {
        /** The permission to ask a workspace admin for, when Slack said it is missing. */
        Optional<String> missingScope() {
            return "missing_scope".equals(error) ? Optional.of(scope) : Optional.empty();
        }
    }

    /** The file {@code toChannel} makes for the player's direct message, sent there; empty when it went. */
    static Optional<Refusal> sendPrivately(
            MethodsClient client, String userId, Function<String, FilesUploadV2Request> toChannel) {
        String direct;
        try {
            direct = DirectMessages.channel(client, userId);
        } catch (DirectMessages.Refused e) {
            return Optional.of(new Refusal(e.getMessage(), "im:write"));
        }
        return send(client, toChannel.apply(direct)).map(error -> new Refusal(error, "files:write"));
    }
}
