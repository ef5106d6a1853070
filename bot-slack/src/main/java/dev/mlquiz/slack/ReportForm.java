package dev.mlquiz.slack;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static dev.mlquiz.core.text.Phrases.cut;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import dev.mlquiz.core.identity.RoundId;
import dev.mlquiz.core.report.Report;
import dev.mlquiz.core.report.ReportReason;
import dev.mlquiz.core.text.Msg;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The modal a report button opens: a reason to pick and optional details. Pure, like
 * {@link SlackRenderer}. Its private_metadata carries the round and the channel of the click, so the
 * submission knows what is reported and where to answer.
 */
final class ReportForm {
    static final String CALLBACK_ID = "mlquiz.report.v1";
    static final String REASON_BLOCK = "reason";
    static final String REASON_ACTION = "reason";
    static final String NOTE_BLOCK = "note";
    static final String NOTE_ACTION = "note";
    /** Slack's limits on a modal's title and its submit button. */
    static final int TITLE_MAX = 24;

    static final int SUBMIT_MAX = 24;

    private ReportForm() {}

    /** Where a report was started: the round whose question it is about and the channel of the click. */
    record Origin(RoundId round, String channelId) {
        private static final String SEPARATOR = "|";

        Origin {
            if (!SlackIdentities.isId(channelId)) {
                throw new IllegalArgumentException("channel id '" + channelId + "' is not a Slack id");
            }
        }

        /** "round|channel": a few dozen characters of Slack's 3,000 for private_metadata. */
        String encode() {
            return round.value() + SEPARATOR + channelId;
        }

        /** Empty for anything {@link #encode()} did not write (a forged or garbled submission). */
        static Optional<Origin> decode(String metadata) {
            String[] parts = metadata == null ? new String[0] : metadata.split("\\" + SEPARATOR, -1);
            if (parts.length != 2) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Origin(new RoundId(parts[0]), parts[1]));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    static View modal(Origin origin) {
        List<OptionObject> reasons = Arrays.stream(ReportReason.values())
                .map(reason -> option(plainText(SlackRenderer.TEXT.resolve(reason.label())), reason.word()))
                .toList();
        List<LayoutBlock> blocks = List.of(
                input(i -> i.blockId(REASON_BLOCK)
                        .label(plainText(say(Msg.REPORT_FORM_REASON)))
                        .element(StaticSelectElement.builder()
                                .actionId(REASON_ACTION)
                                .options(reasons)
                                .build())),
                input(i -> i.blockId(NOTE_BLOCK)
                        .optional(true)
                        .label(plainText(say(Msg.REPORT_FORM_NOTE)))
                        .element(PlainTextInputElement.builder()
                                .actionId(NOTE_ACTION)
                                .multiline(true)
                                .maxLength(Report.MAX_NOTE)
                                .placeholder(plainText(say(Msg.REPORT_FORM_NOTE_HINT)))
                                .build())));
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(cut(say(Msg.REPORT_BUTTON), TITLE_MAX))
                        .build())
                .submit(ViewSubmit.builder()
                        .type("plain_text")
                        .text(cut(say(Msg.REPORT_FORM_SEND), SUBMIT_MAX))
                        .build())
                .privateMetadata(origin.encode())
                .blocks(blocks)
                .build();
    }

    private static String say(Msg key) {
        return SlackRenderer.TEXT.resolve(key);
    }
}
