package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/** Parts and routings over REST for the integration tests; every part number is unique per call. */
final class PartApi {
    private PartApi() {
    }

    /** A valid part body: number {@code prefix-<suffix>}, revision A, in {@code unit}. */
    static JsonObjectBuilder part(String prefix, String unit, String makeOrBuy) {
        return Json.createObjectBuilder()
                .add("partNumber", prefix + "-" + PlantApi.suffix())
                .add("revision", "A")
                .add("description", "Test part " + prefix)
                .add("unitOfMeasure", unit)
                .add("makeOrBuy", makeOrBuy)
                .add("productFamily", "Pumps")
                .add("standardCost", 12.5);
    }

    /** The writable fields of a part as read (no id, status, version or stamps), ready for changes and a POST or PUT. */
    static JsonObjectBuilder draft(JsonObject part) {
        JsonObjectBuilder draft = Json.createObjectBuilder();
        for (String field : List.of("partNumber", "revision", "description", "unitOfMeasure", "makeOrBuy", "productFamily",
                "standardCost", "prototype")) {
            if (part.containsKey(field)) {
                draft.add(field, part.get(field));
            }
        }
        return draft;
    }

    /** Creates a part and checks the 201 answer and its ETag. */
    static JsonObject create(JsonObjectBuilder body) {
        return AsCaller.expect(201, Identities.ADMIN, "POST", "api/parts", body.build().toString());
    }

    static JsonObject createMade(String prefix) {
        return create(part(prefix, "EA", "MAKE"));
    }

    static JsonObject createBought(String prefix, String unit) {
        return create(part(prefix, unit, "BUY"));
    }

    /** An operation body at {@code workCenterId}. */
    static JsonObjectBuilder operation(int sequence, String name, long workCenterId, String setup, String run) {
        return Json.createObjectBuilder().add("sequence", sequence).add("name", name).add("workCenterId", workCenterId)
                .add("setupMinutes", Json.createValue(new BigDecimal(setup)))
                .add("runMinutesPerUnit", Json.createValue(new BigDecimal(run)))
                .add("qualityCheck", false).add("allowOverlap", false);
    }

    static JsonArrayBuilder operations(JsonObjectBuilder... operations) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (JsonObjectBuilder operation : operations) {
            array.add(operation);
        }
        return array;
    }

    static JsonObject createTemplate(String name, JsonArrayBuilder operations) {
        return AsCaller.expect(201, Identities.ADMIN, "POST", "api/routing-templates", Json.createObjectBuilder()
                .add("name", name).add("description", "test template").add("operations", operations).build().toString());
    }

    static long id(JsonObject record) {
        return record.getJsonNumber("id").longValue();
    }

    static void assertEtag(Http.Response response) {
        assertEquals("\"" + response.json().getJsonNumber("version").longValue() + "\"", response.header("ETag"));
    }

    /** A BOM line body: {@code quantity} of {@code componentId} at {@code position}. */
    static JsonObjectBuilder line(int position, long componentId, String quantity) {
        return Json.createObjectBuilder().add("position", position).add("componentId", componentId)
                .add("quantityPer", Json.createValue(new BigDecimal(quantity)));
    }

    static JsonObjectBuilder variant(long materialId, String weight, boolean primary) {
        return Json.createObjectBuilder().add("materialId", materialId).add("weightPercent", Json.createValue(new BigDecimal(weight)))
                .add("primary", primary);
    }

    static Http.Response postLine(long parentId, JsonObjectBuilder line) {
        return Http.post("api/parts/" + parentId + "/bom/lines", line.build().toString());
    }

    /** Adds a BOM line and checks the 201 answer. */
    static JsonObject addLine(long parentId, JsonObjectBuilder line) {
        return AsCaller.expect(201, Identities.ADMIN, "POST", "api/parts/" + parentId + "/bom/lines", line.build().toString());
    }
}
