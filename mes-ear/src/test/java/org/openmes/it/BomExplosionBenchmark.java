package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openmes.devserver.EmbeddedDatabase;

/**
 * Not a test: the figure of bench/bom-explosion.sh. Loads a 6-level BOM of {@value #LINES} lines (a tree: branching
 * 5 on levels 1 to 5, 5 or 6 on level 6; every component a part of its own, so the explosion has {@value #LINES}
 * rows) straight into the test database by SQL, then times {@code GET /api/parts/{id}/bom/explosion} end to end
 * (HTTP, security, the recursive query, the in-memory explosion, JSON) over warm-up and measured rounds, and writes
 * the figures to target/bench/bom-explosion.txt. Run only by name (-Dit.test=BomExplosionBenchmark); failsafe's
 * default pattern (*IT) leaves it out of ./mvnw verify.
 */
class BomExplosionBenchmark extends MesIntegrationTest {
    private static final int LINES = 20_000;
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 20);
    private static final int WARM_UP = 5;

    @Test
    void measureExplosion() throws SQLException, IOException {
        long root = loadBom();
        String path = "api/parts/" + root + "/bom/explosion?quantity=10";
        Http.Response first = Http.get(path);
        assertEquals(200, first.status(), first.body().substring(0, Math.min(500, first.body().length())));
        assertEquals(LINES, first.json().getJsonArray("rows").size());
        assertEquals(6, first.json().getInt("depth"));
        for (int round = 0; round < WARM_UP; round++) {
            Http.get(path);
        }
        List<Double> millis = new ArrayList<>();
        int bytes = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            Http.Response response = Http.get(path);
            millis.add((System.nanoTime() - start) / 1e6);
            assertEquals(200, response.status());
            bytes = response.body().length();
        }
        Collections.sort(millis);
        String report = String.format(Locale.ROOT, "BOM explosion, 6 levels, %d lines, %d rounds after %d warm-up:%n"
                        + "  median %.0f ms, p95 %.0f ms, min %.0f ms, max %.0f ms; answer %.1f MB of JSON%n",
                LINES, ROUNDS, WARM_UP, millis.get(millis.size() / 2), millis.get((int) Math.ceil(millis.size() * 0.95) - 1),
                millis.get(0), millis.get(millis.size() - 1), bytes / 1e6);
        System.out.print(report);
        Path target = Path.of("target", "bench", "bom-explosion.txt");
        Files.createDirectories(target.getParent());
        Files.writeString(target, report);
    }

    /** The tree's parts and lines in two batched inserts; returns the root part's id. */
    private static long loadBom() throws SQLException {
        String prefix = "BX" + UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT) + "-";
        List<Integer> parents = new ArrayList<>(); // parents.get(n - 1) is the parent node of node n; node 0 is the root
        List<Integer> level = new ArrayList<>(List.of(0));
        for (int depth = 1; depth <= 6; depth++) {
            List<Integer> next = new ArrayList<>();
            int extra = depth == 6 ? LINES - parents.size() - 5 * level.size() : 0;
            for (int i = 0; i < level.size(); i++) {
                int children = 5 + (i < extra ? 1 : 0);
                for (int c = 0; c < children; c++) {
                    parents.add(level.get(i));
                    next.add(parents.size());
                }
            }
            level = next;
        }
        assertEquals(LINES, parents.size());
        Properties user = new Properties();
        user.setProperty("user", EmbeddedDatabase.USER);
        try (Connection db = DriverManager.getConnection(System.getProperty(TestEnvironment.DB_URL), user)) {
            db.setAutoCommit(false);
            try (Statement sql = db.createStatement()) {
                sql.executeUpdate("insert into part (part_number, revision, description, unit_of_measure, make_or_buy,"
                        + " standard_cost, status, prototype, created_at, created_by, updated_at, updated_by, version)"
                        + " select '" + prefix + "' || g, 'A', 'Bench part ' || g, 'EA', 'MAKE', 1, 'ACTIVE', false,"
                        + " now(), 'bench', now(), 'bench', 1 from generate_series(0, " + LINES + ") g");
            }
            Map<Integer, Long> ids = new HashMap<>();
            try (PreparedStatement select = db.prepareStatement("select id, part_number from part where part_number like ?")) {
                select.setString(1, prefix + "%");
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(Integer.valueOf(rows.getString(2).substring(prefix.length())), rows.getLong(1));
                    }
                }
            }
            try (PreparedStatement insert = db.prepareStatement("insert into bom_line (parent_part_id, position,"
                    + " component_part_id, quantity_per, unit_of_measure, scrap_percent, variant_selection, created_at,"
                    + " created_by, updated_at, updated_by, version) values (?, ?, ?, ?, 'EA', 1, 'PRIMARY', now(), 'bench',"
                    + " now(), 'bench', 1)")) {
                Map<Integer, Integer> positions = new HashMap<>();
                for (int node = 1; node <= LINES; node++) {
                    int parent = parents.get(node - 1);
                    insert.setLong(1, ids.get(parent));
                    insert.setInt(2, positions.merge(parent, 10, Integer::sum));
                    insert.setLong(3, ids.get(node));
                    insert.setBigDecimal(4, BigDecimal.valueOf(1 + node % 2));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
            return ids.get(0);
        }
    }
}
