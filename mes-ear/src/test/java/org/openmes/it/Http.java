package org.openmes.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/** A plain HTTP client for the tests: what a browser, ERP or curl would send, nothing Java-specific. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * For the test server's HTTPS port, whose certificate is self-signed. HTTP/1.1: an idle HTTP/2 connection would
     * hold up Liberty's shutdown past the test harness's stop timeout.
     */
    private static final HttpClient TRUSTING_CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).sslContext(trustingSslContext()).build();

    private Http() {
    }

    public record Response(int status, String body, java.net.http.HttpHeaders headers) {
        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public static Response get(String path) {
        return send(request(path).GET());
    }

    public static Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public static Response put(String path, String json, String... headers) {
        HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return send(builder);
    }

    public static Response delete(String path) {
        return send(request(path).DELETE());
    }

    public static Response send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpClient client = "https".equals(request.uri().getScheme()) ? TRUSTING_CLIENT : CLIENT;
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends {@code builder} and keeps the answer's body as bytes (a PDF, an image). */
    public static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        HttpClient client = "https".equals(request.uri().getScheme()) ? TRUSTING_CLIENT : CLIENT;
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request to {@code path} relative to the server root, accepting JSON, with the demo admin's bearer token. */
    public static HttpRequest.Builder request(String path) {
        return requestAs(Identities.ADMIN, path);
    }

    /** A request to {@code path} with the bearer token of {@code demoUser} (see {@link Identities}). */
    public static HttpRequest.Builder requestAs(String demoUser, String path) {
        return anonymousRequest(path).header("Authorization", "Bearer " + Identities.bearerToken(demoUser));
    }

    /** A request to {@code path} without any credentials. */
    public static HttpRequest.Builder anonymousRequest(String path) {
        return HttpRequest.newBuilder(URI.create(MesIntegrationTest.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
    }

    /** As {@link #request(String)}, over HTTPS. */
    public static HttpRequest.Builder httpsRequest(String path) {
        return HttpRequest.newBuilder(URI.create(MesIntegrationTest.httpsBaseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json")
                .header("Authorization", "Bearer " + Identities.bearerToken(Identities.ADMIN));
    }

    /** Accepts any server certificate, and any host name in it. Test code only: it defeats what TLS is for. */
    static SSLContext trustingSslContext() {
        X509ExtendedTrustManager trustAll = new X509ExtendedTrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException("the tests are never a TLS server");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // trusted: the test server's self-signed certificate
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
                throw new UnsupportedOperationException("the tests are never a TLS server");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
                // trusted, host name included
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                throw new UnsupportedOperationException("the tests are never a TLS server");
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                // trusted, host name included
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustAll}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No TLS in this JVM", e);
        }
    }
}
