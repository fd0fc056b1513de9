package org.openmes.andon.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Text messages through an HTTP gateway: {@code POST} of {@code {"to": "<mobile number>", "text": "…"}} as JSON to
 * {@code mes.andon.notify.sms.url}, with {@code Authorization: Bearer <mes.andon.notify.sms.token>} when a token is
 * set; any 2xx answer means accepted.
 */
@ApplicationScoped
public class SmsChannel {
    @Inject
    private NotificationSettings settings;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public void send(String phone, String text) throws DeliveryException {
        String url = settings.smsUrl().orElseThrow(() -> new DeliveryException("No SMS gateway is configured (mes.andon.notify.sms.url)", null));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("to", phone).add("text", text).build().toString()));
        settings.smsToken().ifPresent(token -> request.header("Authorization", "Bearer " + token));
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String body = response.body() == null ? "" : response.body().strip();
                throw new DeliveryException("SMS gateway answered HTTP " + response.statusCode()
                        + (body.isEmpty() ? "" : ": " + (body.length() > 200 ? body.substring(0, 200) : body)), null);
            }
        } catch (IOException e) {
            throw new DeliveryException("SMS gateway " + url + " unreachable: " + DeliveryException.describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("SMS to " + phone + " interrupted (server stopping); tried again later", e);
        }
    }
}
