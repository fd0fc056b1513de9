package org.openmes.it;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The SMS gateway of the test run: a JDK HTTP server on a free port taking {@code POST /sms} with the MES's JSON and
 * bearer token, as a real gateway would. While {@link #down} it answers 503, as a gateway that is not there.
 */
final class SmsGatewayStub implements AutoCloseable {
    /** One text message the gateway accepted. */
    record Sms(String to, String text, String authorization) {
    }

    private final HttpServer server;
    private final List<Sms> accepted = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private SmsGatewayStub(HttpServer server) {
        this.server = server;
    }

    static SmsGatewayStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            SmsGatewayStub stub = new SmsGatewayStub(server);
            server.createContext("/sms", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the test SMS gateway", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** While true the gateway answers 503 and accepts nothing. */
    void down(boolean down) {
        this.down = down;
    }

    /** The messages accepted for {@code phone}, oldest first. */
    List<Sms> to(String phone) {
        return accepted.stream().filter(sms -> sms.to().equals(phone)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (down || !"POST".equals(exchange.getRequestMethod())) {
                byte[] answer = "gateway down for maintenance".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(down ? 503 : 405, answer.length);
                exchange.getResponseBody().write(answer);
                return;
            }
            JsonObject json = Json.createReader(new StringReader(body)).readObject();
            accepted.add(new Sms(json.getString("to"), json.getString("text"), exchange.getRequestHeaders().getFirst("Authorization")));
            exchange.sendResponseHeaders(202, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
