package org.openmes.it.subscriber;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code GET /edge-subscriber/record}: what the subscription received, as a JSON array.
 * {@code POST /edge-subscriber/scan}: puts the body on the telemetry queue as one scan message, as the connector does.
 * {@code POST /edge-subscriber/probe}: publishes a probe message to the topic (kind {@code FAULT_RAISED}, so the
 * selector lets it through, equipment id -1), to see that the subscription is active before the test starts.
 */
@WebServlet(urlPatterns = {"/record", "/scan", "/probe"})
public class SubscriberServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Resource(lookup = "jms/mesConnectionFactory")
    private transient ConnectionFactory connectionFactory;

    @Resource(lookup = "jms/telemetryQueue")
    private transient Queue telemetryQueue;

    @Resource(lookup = "jms/telemetryEdgeEvents")
    private transient Topic edgeEvents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createArrayBuilder(EdgeEventRecorder.received()).build().toString());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try (JMSContext context = connectionFactory.createContext()) {
            if ("/probe".equals(request.getServletPath())) {
                context.createProducer().setDeliveryMode(DeliveryMode.NON_PERSISTENT).setProperty("kind", "FAULT_RAISED")
                        .setProperty("equipmentId", -1L).send(edgeEvents, "{\"probe\":true}");
            } else {
                String scan = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).send(telemetryQueue, scan);
            }
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
