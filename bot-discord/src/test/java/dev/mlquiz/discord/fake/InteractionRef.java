package dev.mlquiz.discord.fake;

/**
 * An interaction that {@link FakeDiscord} dispatched over the gateway.
 *
 * @param id            interaction snowflake (recent, so JDA does not consider the hook expired)
 * @param token         interaction token, used in the callback and webhook URLs
 * @param type          interaction type: 2 command, 3 component, 4 autocomplete
 * @param applicationId application id used in the followup webhook URLs
 */
public record InteractionRef(String id, String token, int type, String applicationId) {

    /** {@code interactions/{id}/{token}/callback}, relative to the REST base URL. */
    public String callbackPath() {
        return "interactions/" + id + "/" + token + "/callback";
    }

    /** {@code webhooks/{application}/{token}}: followups are POSTed here. */
    public String webhookPath() {
        return "webhooks/" + applicationId + "/" + token;
    }

    /** {@code webhooks/{application}/{token}/messages/@original}. */
    public String originalMessagePath() {
        return webhookPath() + "/messages/@original";
    }
}
