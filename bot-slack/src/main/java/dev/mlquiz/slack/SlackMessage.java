package dev.mlquiz.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Objects;

/** A rendered message: Block Kit blocks plus the plain text Slack shows in notifications. */
public record SlackMessage(String text, List<LayoutBlock> blocks) {
    public SlackMessage {
        Objects.requireNonNull(text, "text");
        blocks = List.copyOf(blocks);
    }
}
