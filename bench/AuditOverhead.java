import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the audit trail costs a bulk update: creates NODES work centers under a fresh enterprise/site/area, then
 * renames every one of them (one PUT, one transaction each) in ROUNDS measured rounds after a warm-up round,
 * from CLIENTS concurrent clients. Prints per round the time, updates per second and latency percentiles, and
 * how many audit entries the measured rounds wrote (0 when the server runs with mes.audit.enabled=false).
 * Run it through bench/audit-overhead.sh; a single-file program, no build needed (java AuditOverhead.java).
 */
public class AuditOverhead {
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final String CAPACITY = "{\"hoursPerDay\":16,\"efficiencyPercent\":85,\"maxConcurrentJobs\":1,"
            + "\"averageSetupMinutes\":45}";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static String baseUrl;

    record Node(long id, long version) {
    }

    public static void main(String[] args) throws Exception {
        baseUrl = setting("BASE_URL", "http://localhost:9080");
        int nodes = Integer.parseInt(setting("NODES", "1000"));
        int clients = Integer.parseInt(setting("CLIENTS", "1"));
        int rounds = Integer.parseInt(setting("ROUNDS", "3"));
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);

        long enterprise = create("enterprises", "{\"code\":\"BENCH-" + suffix + "\",\"name\":\"Audit bench " + suffix + "\"}").id();
        long site = create("sites", "{\"parentId\":" + enterprise + ",\"code\":\"S\",\"name\":\"Bench site\"}").id();
        long area = create("areas", "{\"parentId\":" + site + ",\"code\":\"A\",\"name\":\"Bench area\"}").id();
        Node[] workCenters = new Node[nodes];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            run(pool, nodes, i -> workCenters[i] = create("work-centers", "{\"parentId\":" + area + ",\"code\":\"WC-" + i
                    + "\",\"name\":\"Work center " + i + "\",\"capacity\":" + CAPACITY + "}"));
            System.out.printf("bench: %s, %d work centers under enterprise BENCH-%s, %d client(s)%n", baseUrl, nodes, suffix, clients);

            Instant measuredFrom = null;
            for (int round = 0; round <= rounds; round++) {
                if (round == 1) {
                    measuredFrom = Instant.now();
                }
                int currentRound = round;
                long[] latencies = new long[nodes];
                long start = System.nanoTime();
                run(pool, nodes, i -> {
                    long sent = System.nanoTime();
                    workCenters[i] = rename(workCenters[i], area, i, currentRound);
                    latencies[i] = System.nanoTime() - sent;
                });
                double seconds = (System.nanoTime() - start) / 1e9;
                Arrays.sort(latencies);
                System.out.printf("%s: %d updates in %.2f s = %.0f updates/s, latency p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                        round == 0 ? "warm-up" : "round " + round, nodes, seconds, nodes / seconds,
                        millis(latencies, 50), millis(latencies, 95), millis(latencies, 99));
            }
            String entries = get("/api/audit/entries?size=1&entityType=PlantNode&from=" + measuredFrom);
            System.out.println("audit entries written by the measured rounds: " + group(TOTAL, entries));
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Step {
        void run(int index) throws Exception;
    }

    /** Runs {@code step} for 0..count-1 on the pool, the clients sharing the indexes. */
    private static void run(ExecutorService pool, int count, Step step) throws Exception {
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            done.add(pool.submit(() -> {
                step.run(index);
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
    }

    private static Node create(String levels, String json) throws Exception {
        HttpResponse<String> created = HTTP.send(request(levels).POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        check(created, 201);
        return new Node(Long.parseLong(group(ID, created.body())), version(created));
    }

    /** Work center {@code index} as created, with the name of round {@code round}: one changed field. */
    private static Node rename(Node node, long parentId, int index, int round) throws Exception {
        String json = "{\"parentId\":" + parentId + ",\"code\":\"WC-" + index + "\",\"name\":\"Work center " + index
                + " round " + round + "\",\"active\":true,\"capacity\":" + CAPACITY + "}";
        HttpResponse<String> updated = HTTP.send(request("work-centers/" + node.id())
                .header("If-Match", "\"" + node.version() + "\"")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        check(updated, 200);
        return new Node(node.id(), version(updated));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + "/api/plant/" + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json");
    }

    private static String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        check(response, 200);
        return response.body();
    }

    private static void check(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
    }

    private static long version(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("ETag").orElseThrow().replace("\"", ""));
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not in " + text);
        }
        return matcher.group(1);
    }

    private static double millis(long[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, sorted.length * percentile / 100)] / 1e6;
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
