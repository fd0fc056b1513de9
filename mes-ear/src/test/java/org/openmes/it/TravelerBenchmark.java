package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Not a test: the figures of bench/traveler.sh. Against the test servers, times the work traveler of a batch with
 * 30 operations (at 5 work centers) and 5 components to pick (GET /api/mo-batches/{id}/traveler, read to the last
 * byte) as the client sees it: the first request alone (JasperReports loads the report, its extensions and the fonts
 * then), then the following rounds. Writes target/bench/traveler.txt. Run only by name (-Dit.test=TravelerBenchmark).
 */
class TravelerBenchmark extends MesIntegrationTest {
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int OPERATIONS = 30;

    @Test
    void measureTraveler() throws IOException {
        PlantApi.Chain chain = PlantApi.createChain();
        List<Long> workCenters = new ArrayList<>(List.of(PlantApi.id(chain.workCenter())));
        for (int i = 1; i < 5; i++) {
            workCenters.add(PlantApi.id(PlantApi.create(PlantApi.WORK_CENTERS,
                    PlantApi.workCenter(PlantApi.id(chain.line()), "WB" + i + "-" + chain.suffix()))));
        }
        JsonObjectBuilder[] operations = new JsonObjectBuilder[OPERATIONS];
        for (int i = 0; i < OPERATIONS; i++) {
            operations[i] = PartApi.operation((i + 1) * 10, "Step " + (i + 1), workCenters.get(i % workCenters.size()), "15", "0.75");
        }
        long part = PartApi.id(PartApi.createMade("TB"));
        JsonObject template = PartApi.createTemplate("Bench traveler " + chain.suffix(), PartApi.operations(operations));
        AsCaller.expect(201, Identities.ADMIN, "POST", "api/parts/" + part + "/routing?templateId=" + PartApi.id(template), null);
        for (int i = 1; i <= 5; i++) {
            PartApi.addLine(part, PartApi.line(i, PartApi.id(PartApi.createBought("TBC", "EA")), String.valueOf(i)));
        }
        JsonObject mo = QuoteToProductionIT.OrdersApi.mo(part, "40");
        assertEquals(200, QuoteToProductionIT.OrdersApi.ppic("approve", QuoteToProductionIT.OrdersApi.items(mo)).status());
        assertEquals(200, QuoteToProductionIT.OrdersApi.ppic("release", QuoteToProductionIT.OrdersApi.items(mo)).status());
        long batch = Http.get("api/manufacturing-orders/" + mo.getJsonObject("order").getJsonNumber("id")).json()
                .getJsonArray("batches").getJsonObject(0).getJsonNumber("id").longValue();

        long first = timedTraveler(batch);
        List<Long> rounds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            rounds.add(timedTraveler(batch));
        }
        int bytes = fetch(batch).body().length;
        String report = """
                Work traveler figures (milliseconds, as the HTTP client sees them; %d operations, 5 picks, %d KiB PDF)
                First traveler after start (loads the report, fonts, extensions) %s
                Traveler, %d rounds after it: p50 / max                           %s
                """.formatted(OPERATIONS, bytes / 1024, OrdersBenchmark.stats(List.of(first)), ROUNDS, OrdersBenchmark.stats(rounds));
        Path out = Path.of("target", "bench", "traveler.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static long timedTraveler(long batch) {
        long start = System.nanoTime();
        HttpResponse<byte[]> pdf = fetch(batch);
        long took = System.nanoTime() - start;
        assertEquals(200, pdf.statusCode());
        return took;
    }

    private static HttpResponse<byte[]> fetch(long batch) {
        return Http.sendForBytes(Http.request("api/mo-batches/" + batch + "/traveler").header("Accept", "application/pdf"));
    }
}
