package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Customers and suppliers through the REST API: contacts and ship-to addresses travel with them; codes unique per kind. */
class PartnerRestIT extends MesIntegrationTest {

    static JsonObjectBuilder partner(String code, String name) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("paymentTerms", "NET_30")
                .add("email", "orders@" + code.toLowerCase() + ".example")
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "Pat Buyer").add("role", "Purchasing").add("email", "pat@example.com")))
                .add("addresses", Json.createArrayBuilder().add(address("Main plant", "1 Mill Road")));
    }

    private static JsonObjectBuilder address(String label, String street) {
        return Json.createObjectBuilder().add("label", label).add("street", street).add("city", "Springfield")
                .add("postalCode", "12345").add("countryCode", "us");
    }

    /** Creates a customer and returns it as answered. */
    static JsonObject createCustomer(String code) {
        return AsCaller.expect(201, Identities.ADMIN, "POST", "api/customers", partner(code, "Customer " + code).build().toString());
    }

    @Test
    void aCustomerIsCreatedWithContactsAndShipToAddressesAndChangedAsAWhole() {
        String code = "C-" + PlantApi.suffix();
        JsonObject created = createCustomer(code);
        long id = created.getJsonNumber("id").longValue();
        assertEquals("CUSTOMER", created.getString("kind"));
        assertEquals("US", created.getJsonArray("addresses").getJsonObject(0).getString("countryCode"));
        assertEquals("Pat Buyer", created.getJsonArray("contacts").getJsonObject(0).getString("name"));

        // rename the contact, replace the address by two others
        JsonObject contact = created.getJsonArray("contacts").getJsonObject(0);
        JsonObject edited = Json.createObjectBuilder(created)
                .add("paymentTerms", "NET_60")
                .add("contacts", Json.createArrayBuilder().add(Json.createObjectBuilder(contact).add("name", "Pat Lee")))
                .add("addresses", Json.createArrayBuilder().add(address("Dock A", "2 Harbour St"))
                        .add(address("Dock B", "3 Harbour St")))
                .build();
        Http.Response updated = Http.put("api/customers/" + id, edited.toString());
        assertEquals(200, updated.status(), updated.body());
        JsonObject read = AsCaller.expect(200, Identities.ADMIN, "GET", "api/customers/" + id, null);
        assertEquals("NET_60", read.getString("paymentTerms"));
        assertEquals(contact.getJsonNumber("id"), read.getJsonArray("contacts").getJsonObject(0).getJsonNumber("id"),
                "the contact is changed in place, not replaced");
        assertEquals("Pat Lee", read.getJsonArray("contacts").getJsonObject(0).getString("name"));
        assertEquals(List.of("Dock A", "Dock B"), labels(read.getJsonArray("addresses")));

        // the version seen is stale now
        assertProblem(Http.put("api/customers/" + id, edited.toString()), 409, "stale-version", "version");
    }

    @Test
    void aCodeIsUniquePerKindButACustomerMayAlsoBeASupplier() {
        String code = "P-" + PlantApi.suffix();
        createCustomer(code);
        assertProblem(Http.post("api/customers", partner(code.toLowerCase(), "Again").build().toString()), 409, "conflict", "code");
        Http.Response supplier = Http.post("api/suppliers", partner(code, "Same company, buying side").build().toString());
        assertEquals(201, supplier.status(), supplier.body());
        assertEquals("SUPPLIER", supplier.json().getString("kind"));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        String code = "B-" + PlantApi.suffix();
        assertProblem(Http.post("api/customers", partner(code, "x").add("addresses", Json.createArrayBuilder()
                .add(address("Main", "1 Road").add("countryCode", "USA"))).build().toString()), 400, "validation-failed",
                "addresses[0].countryCode");
        assertProblem(Http.post("api/customers", partner(code, "x").add("email", "not-an-address").build().toString()),
                400, "invalid-input", "email");
        assertProblem(Http.post("api/customers", partner(code, "x").add("addresses", Json.createArrayBuilder()
                .add(address("Dock", "1 Road")).add(address("dock", "2 Road"))).build().toString()), 409, "conflict",
                "addresses.label");
        assertProblem(Http.get("api/customers/987654321"), 404, "not-found");
    }

    @Test
    void theListFiltersSortsAndPages() {
        String marker = PlantApi.suffix();
        for (String name : List.of("Zeta", "Alpha", "Mu")) {
            Http.Response created = Http.post("api/suppliers", partner("L-" + name.toUpperCase() + "-" + marker,
                    name + " " + marker).build().toString());
            assertEquals(201, created.status(), created.body());
        }
        JsonObject page = Http.get("api/suppliers?q=" + marker + "&sort=name,desc&size=2").json();
        assertEquals(3, page.getInt("total"));
        assertEquals(List.of("Zeta " + marker, "Mu " + marker), page.getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("name")).toList());
        assertTrue(page.getJsonArray("items").getJsonObject(0).getJsonArray("contacts").isEmpty(),
                "list rows leave contacts out");
        assertProblem(Http.get("api/suppliers?sort=email"), 400, "invalid-input", "sort");
    }

    private static List<String> labels(JsonArray addresses) {
        return addresses.stream().map(JsonValue::asJsonObject).map(a -> a.getString("label")).toList();
    }
}
