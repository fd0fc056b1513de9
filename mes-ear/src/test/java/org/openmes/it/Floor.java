package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;
import org.openmes.devserver.EmbeddedDatabase;

/** What the shop-floor tests (shifts, downtime, OEE) share: demo plant lookups, a fresh line, waiting for the line. */
final class Floor {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Floor() {
    }

    /** The id of the demo plant node {@code code}. */
    static long nodeId(String code) {
        try (Connection connection = database();
             PreparedStatement statement = connection.prepareStatement("select id from plant_node where code = ?")) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
                assertTrue(rows.next(), "demo plant has " + code);
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new site → area → line of its own; returns {site, line}. */
    static long[] newLine() {
        long enterprise = PlantApi.id(PlantApi.create(PlantApi.ENTERPRISES, PlantApi.node(null, "FL-" + PlantApi.suffix(), "Floor test")));
        long site = PlantApi.id(PlantApi.create(PlantApi.SITES, PlantApi.node(enterprise, "S-" + PlantApi.suffix(), "Site")));
        long area = PlantApi.id(PlantApi.create(PlantApi.AREAS, PlantApi.node(site, "A-" + PlantApi.suffix(), "Area")));
        long line = PlantApi.id(PlantApi.create(PlantApi.LINES, PlantApi.node(area, "L-" + PlantApi.suffix(), "Line")));
        return new long[] {site, line};
    }

    /** A shift pattern on {@code lineId} that covers every day, all day, from yesterday on. */
    static JsonObject allDayShift(long lineId) {
        Http.Response created = Http.post("api/shifts/patterns", Json.createObjectBuilder().add("lineId", lineId)
                .add("code", "D-" + PlantApi.suffix()).add("name", "All day").add("startTime", "00:00:00")
                .add("durationMinutes", 1440).add("weekdays", Json.createArrayBuilder().add(1).add(2).add(3).add(4).add(5).add(6).add(7))
                .add("validFrom", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString()).build().toString());
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    /**
     * Waits until the PLC reports {@code equipmentId} producing (PackML Execute, good quality): a fault raised before
     * that — the simulator just connected, or another test stopped the line — would join a stop already open for
     * another reason instead of opening its own.
     */
    static void awaitProducing(long equipmentId) {
        eventually("equipment " + equipmentId + " producing", () -> Http.get("api/telemetry/equipment/" + equipmentId
                + "/current-values").jsonArray().stream().map(JsonValue::asJsonObject)
                .filter(value -> "STATE".equals(value.getString("signal")) && "GOOD".equals(value.getString("quality"))
                        && value.getJsonNumber("value").intValue() == 6).findFirst());
    }

    /**
     * An open stop of {@code equipmentId} without a reason, since {@code secondsAgo}, as the downtime tracker records a
     * fault it detected (source AUTOMATIC, the PLC's fault text): for a line of the test's own that has no PLC. The
     * tracker's own path from a PLC fault to such a stop is DowntimeIT's and FloorLiveBrowserIT's.
     */
    static void openStop(long equipmentId, int secondsAgo, String faultText) {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement("""
                insert into downtime_event (equipment_id, started_at, source, category, machine_state, fault_text,
                                            created_at, created_by, updated_at, updated_by, version)
                values (?, now() - make_interval(secs => ?), 'AUTOMATIC', 'UNASSIGNED', 2, ?, now(), 'test', now(), 'test', 0)""")) {
            statement.setLong(1, equipmentId);
            statement.setInt(2, secondsAgo);
            statement.setString(3, faultText);
            assertEquals(1, statement.executeUpdate());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static <T> T eventually(String what, Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            pause(Duration.ofMillis(250));
        }
        return fail("waited " + PATIENCE.toSeconds() + " s for " + what);
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) {
        try (Connection connection = database(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        Properties user = new Properties();
        user.setProperty("user", EmbeddedDatabase.USER);
        return DriverManager.getConnection(System.getProperty(TestEnvironment.DB_URL), user);
    }
}
