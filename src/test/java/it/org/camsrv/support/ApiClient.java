package it.org.camsrv.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain HTTP client for the API, as curl or a home-automation script would use it. */
public final class ApiClient {

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10)).build();

    public ApiClient(URL base) {
        this.base = URI.create(base.toString().endsWith("/") ? base.toString() : base + "/");
    }

    /** An answer: status, one header, the body as text and (if it is a JSON object) as JSON. */
    public record Answer(int status, java.net.http.HttpHeaders headers, String text) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                return reader.readObject();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + text;
        }
    }

    /** The underlying client, for streaming answers. */
    public HttpClient http() {
        return http;
    }

    public Answer get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    public Answer post(String path, String body, String bearer) {
        return send(request(path, bearer).POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body))
                .header("Content-Type", "application/json"));
    }

    public Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    /** Logs in and answers the body of /api/login; fails the test unless it answers 200. */
    public JsonObject login(String user, String password) {
        Answer answer = post("api/login", Json.createObjectBuilder().add("username", user).add("password", password)
                .build().toString(), null);
        if (answer.status() != 200) {
            throw new AssertionError("login as " + user + " failed: " + answer);
        }
        return answer.json();
    }
}
