package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the figures of bench/orders.sh. Against the test servers, times one PPIC bulk approval of 1,000
 * manufacturing orders (POST /api/ppic/approve) and the approval of a quote with 50 make lines (customer order and
 * 50 manufacturing orders with two operations each, POST /api/quotes/{id}/approve), as the client sees them, and
 * writes them to target/bench/orders.txt. Run only by name (-Dit.test=OrdersBenchmark).
 */
class OrdersBenchmark extends MesIntegrationTest {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int BULK = 1000;
    private static final int LINES = 50;

    @Test
    void measureOrders() throws IOException {
        long workCenter = QuoteToProductionIT.OrdersApi.workCenter();
        List<Long> parts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            parts.add(QuoteToProductionIT.OrdersApi.makePart(workCenter, true));
        }
        long customer = QuoteToProductionIT.OrdersApi.customer();
        LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(30);

        List<Long> bulk = new ArrayList<>();
        List<Long> quote = new ArrayList<>();
        for (int round = 0; round <= ROUNDS; round++) {
            JsonArrayBuilder items = Json.createArrayBuilder();
            for (int i = 0; i < BULK; i++) {
                JsonObject mo = QuoteToProductionIT.OrdersApi.mo(parts.get(i % parts.size()), "10");
                items.add(Json.createObjectBuilder().add("type", "MO").add("id", mo.getJsonObject("order").getJsonNumber("id")));
            }
            long start = System.nanoTime();
            Http.Response approved = QuoteToProductionIT.OrdersApi.ppic("approve", items);
            long took = System.nanoTime() - start;
            assertEquals(200, approved.status(), approved.body());
            assertEquals(BULK, approved.json().getInt("count"));

            JsonObject[] lines = new JsonObject[LINES];
            for (int i = 0; i < LINES; i++) {
                lines[i] = QuoteToProductionIT.OrdersApi.line(parts.get(i % parts.size()), "25", "9.5", due);
            }
            JsonObject sent = QuoteToProductionIT.OrdersApi.sentQuote(customer, due, lines);
            long quoteStart = System.nanoTime();
            Http.Response made = QuoteToProductionIT.OrdersApi.approve(sent, 200);
            long quoteTook = System.nanoTime() - quoteStart;
            assertEquals(LINES, made.json().getJsonArray("manufacturingOrders").size());
            if (round > 0) { // the first round warms the server up
                bulk.add(took);
                quote.add(quoteTook);
            }
        }
        String report = """
                Orders figures (%d rounds each, after one warm-up round; milliseconds p50 / max, as the HTTP client sees them)
                PPIC bulk approve of %d manufacturing orders (POST /api/ppic/approve)          %s
                Quote with %d make lines approved: customer order + %d MOs x 2 operations      %s
                """.formatted(ROUNDS, BULK, stats(bulk), LINES, LINES, stats(quote));
        Path out = Path.of("target", "bench", "orders.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** "p50 / max" in milliseconds; shared by the benchmarks. */
    static String stats(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return ms(sorted.get(sorted.size() / 2)) + " / " + ms(sorted.get(sorted.size() - 1));
    }

    private static String ms(long nanos) {
        return BigDecimal.valueOf(nanos / 100_000, 1).toPlainString();
    }
}
