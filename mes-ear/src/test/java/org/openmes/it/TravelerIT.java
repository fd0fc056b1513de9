package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openmes.orders.model.TravelerCode;

/**
 * Work travelers over REST: the PDF of a batch, read back with PDFBox, names the order, the part, the components to
 * pick and every operation's work center, and its QR codes decode (ZXing) to the batch's and each batch operation's
 * traveler code, as a workstation kiosk expects them.
 */
class TravelerIT extends MesIntegrationTest {

    @Test
    void theTravelerOfABatchShowsOrderPartPicksAndOperationsAndItsQrCodesOpenThem() throws IOException, SQLException {
        PlantApi.Chain chain = PlantApi.createChain();
        long line = PlantApi.id(chain.line());
        List<JsonObject> workCenters = List.of(chain.workCenter(),
                PlantApi.create(PlantApi.WORK_CENTERS, PlantApi.workCenter(line, "WCB-" + chain.suffix())),
                PlantApi.create(PlantApi.WORK_CENTERS, PlantApi.workCenter(line, "WCC-" + chain.suffix())));
        JsonObject part = PartApi.createMade("TRV");
        long partId = PartApi.id(part);
        JsonObject template = PartApi.createTemplate("Traveler " + chain.suffix(), PartApi.operations(
                PartApi.operation(10, "Cut", PartApi.id(workCenters.get(0)), "10", "1"),
                PartApi.operation(20, "Weld", PartApi.id(workCenters.get(1)), "20", "2"),
                PartApi.operation(30, "Paint", PartApi.id(workCenters.get(2)), "5", "0.5")));
        AsCaller.expect(201, Identities.ADMIN, "POST", "api/parts/" + partId + "/routing?templateId=" + PartApi.id(template), null);
        JsonObject sheet = PartApi.createBought("SHEET", "KG");
        PartApi.addLine(partId, PartApi.line(1, PartApi.id(sheet), "2.5").add("unitOfMeasure", "KG")
                .add("scrapPercent", 4).add("operationSequence", 10));
        JsonObject mo = QuoteToProductionIT.OrdersApi.mo(partId, "10");
        long moId = mo.getJsonObject("order").getJsonNumber("id").longValue();
        Http.Response split = Http.put("api/manufacturing-orders/" + moId + "/batches", Json.createObjectBuilder()
                .add("quantities", Json.createArrayBuilder().add(4).add(6))
                .add("version", mo.getJsonObject("order").getJsonNumber("version")).build().toString());
        assertEquals(200, split.status(), split.body());
        long batchId = split.json().getJsonArray("batches").getJsonObject(1).getJsonNumber("id").longValue();

        HttpResponse<byte[]> answer = Http.sendForBytes(Http.request("api/mo-batches/" + batchId + "/traveler")
                .header("Accept", "application/pdf"));

        assertEquals(200, answer.statusCode());
        assertEquals("application/pdf", answer.headers().firstValue("Content-Type").orElse(""));
        String orderNumber = mo.getJsonObject("order").getString("number");
        assertEquals("attachment; filename=\"traveler-" + orderNumber + "-2.pdf\"",
                answer.headers().firstValue("Content-Disposition").orElse(""));
        TravelerPdfs.Read pdf = TravelerPdfs.read(answer.body());
        for (String expected : List.of(orderNumber, part.getString("partNumber") + " rev. A", "2 of 2", "6 EA",
                sheet.getString("partNumber"), "15.6 KG", "Cut", "Weld", "Paint", "planned 32 min")) {
            assertTrue(pdf.text().contains(expected), () -> expected + " in " + pdf.text());
        }
        for (JsonObject workCenter : workCenters) {
            assertTrue(pdf.text().contains(workCenter.getString("code") + " — " + workCenter.getString("name")),
                    () -> workCenter.getString("code") + " in " + pdf.text());
        }
        Set<String> expectedCodes = new HashSet<>(batchOperationCodes(batchId));
        assertEquals(3, expectedCodes.size());
        expectedCodes.add(TravelerCode.batch(batchId).text());
        assertEquals(expectedCodes, new HashSet<>(pdf.qrCodes()));
        assertEquals(4, pdf.qrCodes().size(), "one QR code for the batch and one per operation: " + pdf.qrCodes());
    }

    @Test
    void theTravelerOfAnUnknownBatchIsNotFound() {
        assertProblem(Http.send(Http.request("api/mo-batches/987654321/traveler")), 404, "not-found");
    }

    @Test
    void aViewerMayPrintTravelersAndAnonymousCallersMayNot() {
        assertProblem(AsCaller.get("viewer", "api/mo-batches/987654321/traveler"), 404, "not-found");
        assertEquals(401, Http.send(Http.anonymousRequest("api/mo-batches/987654321/traveler")).status());
    }

    /** The traveler codes of the batch's operations, read from the database (the REST answer carries no batch-operation ids). */
    private static List<String> batchOperationCodes(long batchId) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = TestEnvironment.connectToDatabase();
             PreparedStatement query = connection.prepareStatement("select id from mo_batch_operation where batch_id = ?")) {
            query.setLong(1, batchId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(TravelerCode.operation(rows.getLong(1)).text());
                }
            }
        }
        return codes;
    }
}
