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

    /** The file {@code toChannel} makes for the player's direct message, sent there; empty when it went. */
    static Optional<String> sendPrivately(
            MethodsClient client, String userId, Function<String, FilesUploadV2Request> toChannel) {
        try {
            return send(client, toChannel.apply(DirectMessages.channel(client, userId)));
        } catch (DirectMessages.Refused e) {
            return Optional.of(e.getMessage());
        }
    }
}
