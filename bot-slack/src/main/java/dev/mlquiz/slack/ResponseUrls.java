package dev.mlquiz.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts private replies to response_urls through Bolt's HTTP client, written with one shared Gson:
 * Bolt's own {@code respond} builds a new Gson, and every adapter of the message model, for each post.
 */
final class ResponseUrls {
    private static final Gson JSON = GsonFactory.createSnakeCase();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;

    ResponseUrls(Slack slack) {
        this.http = slack.getHttpClient().getOkHttpClient();
    }

    /** The HTTP status Slack answered (200 when the reply was taken). */
    int post(String responseUrl, Object reply) throws IOException {
        Request request = new Request.Builder()
                .url(responseUrl)
                .post(RequestBody.create(JSON.toJson(reply), JSON_TYPE))
                .build();
        try (Response response = http.newCall(request).execute()) {
            return response.code();
        }
    }
}
