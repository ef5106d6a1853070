package dev.mlquiz.app.admin;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A scraper as Prometheus or a probe would be: plain HTTP GETs to the admin endpoints on 127.0.0.1. */
public final class Scrape {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String base;

    /** @param base "http://127.0.0.1:PORT" */
    public Scrape(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(
                HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the sample named exactly so (labels included) in a Prometheus text body. */
    public static Optional<Double> sample(String metrics, String sample) {
        return metrics.lines()
                .filter(line -> line.startsWith(sample + " "))
                .findFirst()
                .map(line ->
                        Double.parseDouble(line.substring(sample.length() + 1).strip()));
    }
}
