package dev.mlquiz.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import dev.mlquiz.core.view.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Private replies to a click, through its response_url on the outbound pool: the acknowledgment never waits for them. */
final class ClickReplies {
    private static final Logger log = LoggerFactory.getLogger(ClickReplies.class);

    private final Workers outbound;
    private final ResponseUrls responseUrls;

    ClickReplies(Workers outbound, ResponseUrls responseUrls) {
        this.outbound = outbound;
        this.responseUrls = responseUrls;
    }

    /** {@code replaceOriginal}: the reply takes the place of the private message clicked in. */
    void send(String responseUrl, View view, boolean replaceOriginal) {
        SlackMessage message = SlackRenderer.render(view);
        ActionResponse reply = ActionResponse.builder()
                .responseType("ephemeral")
                .replaceOriginal(replaceOriginal)
                .text(message.text())
                .blocks(message.blocks())
                .build();
        outbound.submit("confirming a click", () -> {
            try {
                int status = responseUrls.post(responseUrl, reply);
                if (status != 200) {
                    log.warn("confirming a click: response_url answered {}", status);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
