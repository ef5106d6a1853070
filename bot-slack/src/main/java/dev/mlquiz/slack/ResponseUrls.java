package dev.mlquiz.slack;

import com.google.gson.Gson;
import com.slack.api.Slack;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts private replies to response_urls through Bolt's HTTP client, written with one shared Gson:
 * Bolt's own {@code respond} builds a new Gson, and every adapter of the message model, for each post.
 * Its connection pool keeps as many connections as the outbound pool has threads (OkHttp keeps five),
 * so a burst of confirmations reuses connections instead of opening one per post.
 */
final class ResponseUrls {
    private static final Gson JSON = GsonFactory.createSnakeCase();
    private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http;

    ResponseUrls(Slack slack, int connections) {
        this.http = slack.getHttpClient()
                .getOkHttpClient()
                .newBuilder()
                .connectionPool(new ConnectionPool(connections, 5, TimeUnit.MINUTES))
                .build();
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
