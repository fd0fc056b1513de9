package org.openmes.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmes.it.PlantApi.AREAS;
import static org.openmes.it.PlantApi.LINES;
import static org.openmes.it.PlantApi.WORK_CENTERS;
import static org.openmes.it.PlantApi.createChain;
import static org.openmes.it.PlantApi.edit;
import static org.openmes.it.PlantApi.etag;
import static org.openmes.it.PlantApi.id;
import static org.openmes.it.PlantApi.read;
import static org.openmes.it.PlantApi.update;
import static org.openmes.it.PlantApi.version;
import static org.openmes.it.Problems.assertProblem;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.openmes.it.PlantApi.Chain;

/**
 * Two people editing the same record: the first save wins, the later one is told, nothing is lost silently.
 * People working on different records under one parent do not get in each other's way.
 */
class OptimisticLockingIT extends MesIntegrationTest {
    private static final int RACERS = 8;

    @Test
    void theSecondWriterOfTheSameVersionInTheBodyGetsAStaleVersionConflict() {
        JsonObject read = read(WORK_CENTERS, id(createChain().workCenter()));
        JsonObject sameRead = read(WORK_CENTERS, id(read));
        assertEquals(etag(read), etag(sameRead), "both clients read the same version");

        JsonObject first = update(WORK_CENTERS, id(read), edit(read).add("name", "First client"));
        assertEquals(version(read) + 1, version(first));

        assertProblem(PlantApi.put(WORK_CENTERS, id(read), edit(sameRead).add("name", "Second client")),
                409, "stale-version", "version");
        assertKeeps(read, "First client", version(first));
    }

    @Test
    void theSecondWriterOfTheSameIfMatchGetsAStaleVersionConflict() {
        JsonObject read = read(WORK_CENTERS, id(createChain().workCenter()));
        String sharedETag = etag(read);

        JsonObject first = update(WORK_CENTERS, id(read), edit(read).remove("version").add("name", "First client"),
                "If-Match", sharedETag);
        assertEquals(etag(version(read) + 1), etag(first));

        assertProblem(PlantApi.put(WORK_CENTERS, id(read), edit(read).remove("version").add("name", "Second client"),
                "If-Match", sharedETag), 409, "stale-version", "version");
        assertKeeps(read, "First client", version(first));
    }

    @Test
    void aStaleIfMatchWinsOverACurrentBodyVersion() {
        JsonObject read = read(WORK_CENTERS, id(createChain().workCenter()));
        JsonObject first = update(WORK_CENTERS, id(read), edit(read).add("name", "First client"));

        assertProblem(PlantApi.put(WORK_CENTERS, id(read), edit(first).add("name", "Second client"),
                "If-Match", etag(read)), 409, "stale-version", "version");
        assertKeeps(read, "First client", version(first));
    }

    @Test
    void ofConcurrentUpdatesOfOneVersionExactlyOneWinsAndTheOthersAreStale() throws Exception {
        JsonObject read = read(WORK_CENTERS, id(createChain().workCenter()));
        List<Http.Response> answers = race(i -> () ->
                PlantApi.put(WORK_CENTERS, id(read), edit(read).add("name", "Racer " + i)));

        List<String> winners = new ArrayList<>();
        for (Http.Response answer : answers) {
            if (answer.status() == 200) {
                winners.add(answer.json().getString("name"));
            } else {
                assertLostRace(answer, answers, "stale-version", "version");
            }
        }
        assertEquals(1, winners.size(), () -> "exactly one winner: " + summary(answers));
        assertKeeps(read, winners.get(0), version(read) + 1);
    }

    @Test
    void ofConcurrentCreatesOfOneCodeExactlyOneSucceedsAndTheOthersAreToldTheCodeIsTaken() throws Exception {
        Chain chain = createChain();
        String code = "L2-" + chain.suffix();
        List<Http.Response> answers = race(i -> () ->
                PlantApi.post(LINES, PlantApi.node(id(chain.area()), code, "Racer " + i)));

        long created = answers.stream().filter(answer -> answer.status() == 201).count();
        answers.stream().filter(answer -> answer.status() != 201)
                .forEach(answer -> assertLostRace(answer, answers, "conflict", "code"));
        assertEquals(1, created, () -> "exactly one created: " + summary(answers));
        assertEquals(List.of("L-" + chain.suffix(), code),
                PlantApi.codes(PlantApi.list(LINES, "parentId=" + id(chain.area()))));
    }

    /** Planners or an import adding lines to one area at the same time: they queue, none is refused. */
    @Test
    void concurrentCreatesOfDifferentCodesUnderOneParentAllSucceed() throws Exception {
        Chain chain = createChain();
        JsonObject area = read(AREAS, id(chain.area()));
        List<Http.Response> answers = race(i -> () ->
                PlantApi.post(LINES, PlantApi.node(id(area), "P" + i + "-" + chain.suffix(), "Planner " + i)));

        for (Http.Response answer : answers) {
            assertEquals(201, answer.status(), () -> "every create succeeds: " + summary(answers) + " " + answer.body());
        }
        assertEquals(1 + RACERS, PlantApi.list(LINES, "parentId=" + id(area)).getInt("total"), "L-x and the created");
        assertEquals(etag(area), etag(read(AREAS, id(area))), "the area itself has not changed");
    }

    /**
     * Deactivating an area while lines are created under it: they queue on the area. A create that came
     * first is deactivated with the area, one that came after finds the area inactive and is refused; no
     * active line ever ends up under the inactive area, and the deactivation never fails because of them.
     */
    @Test
    void aDeactivationRacingCreationsLeavesNoActiveChildUnderAnInactiveParent() throws Exception {
        Chain chain = createChain();
        JsonObject area = read(AREAS, id(chain.area()));
        List<Http.Response> answers = race(i -> i == 0
                ? () -> PlantApi.put(AREAS, id(area), edit(area).add("active", false))
                : () -> PlantApi.post(LINES, PlantApi.node(id(area), "R" + i + "-" + chain.suffix(), "Racer " + i)));

        assertEquals(200, answers.get(0).status(), () -> "the deactivation: " + summary(answers) + " "
                + answers.get(0).body());
        answers.subList(1, RACERS).stream().filter(answer -> answer.status() != 201)
                .forEach(answer -> assertLostRace(answer, answers, "conflict", "parentId"));
        assertFalse(read(AREAS, id(area)).getBoolean("active"));
        assertEquals(0, PlantApi.list(LINES, "parentId=" + id(area) + "&active=true").getInt("total"),
                () -> "active lines under the inactive area; answers " + summary(answers));
        assertFalse(read(WORK_CENTERS, id(chain.workCenter())).getBoolean("active"), "the subtree went along");
        long created = answers.stream().filter(answer -> answer.status() == 201).count();
        assertEquals(1 + created, PlantApi.list(LINES, "parentId=" + id(area)).getInt("total"), "L-x and the created");
    }

    /**
     * A parent's row holds neither its children nor their state: adding a child, moving one out or in, and
     * switching one off and on leave the parent's version and audit stamp alone, so someone editing the
     * parent meanwhile saves without a conflict.
     */
    @Test
    void changingChildrenLeavesTheParentAsItWas() {
        Chain chain = createChain();
        JsonObject area = read(AREAS, id(chain.area()));
        JsonObject line = read(LINES, id(chain.line()));

        JsonObject cnc = PlantApi.create(WORK_CENTERS, PlantApi.workCenter(id(area), "CNC-" + chain.suffix()));
        JsonObject moved = update(WORK_CENTERS, id(cnc), edit(cnc).add("parentId", id(line)));
        JsonObject off = update(WORK_CENTERS, id(moved), edit(moved).add("active", false));
        update(WORK_CENTERS, id(off), edit(off).add("active", true));

        assertUnchanged(area, read(AREAS, id(area)));
        assertUnchanged(line, read(LINES, id(line)));
        JsonObject renamed = update(AREAS, id(area), edit(area).add("name", "Renamed from the first read"));
        assertEquals(version(area) + 1, version(renamed));
    }

    private static void assertUnchanged(JsonObject before, JsonObject after) {
        assertEquals(etag(before), etag(after), () -> "version of " + after);
        assertEquals(before.getString("updatedAt"), after.getString("updatedAt"), () -> "updatedAt of " + after);
        assertEquals(before.getString("updatedBy"), after.getString("updatedBy"), () -> "updatedBy of " + after);
    }

    private static void assertKeeps(JsonObject node, String name, long version) {
        JsonObject stored = read(WORK_CENTERS, id(node));
        assertEquals(name, stored.getString("name"), "the winner's change is stored");
        assertEquals(version, version(stored));
    }

    /** A loser of a race: a 409 problem of the given type about the given field, never a 500. */
    private static void assertLostRace(Http.Response answer, List<Http.Response> all, String slug, String field) {
        assertEquals(409, answer.status(), () -> "a lost race is a 409: " + summary(all) + " " + answer.body());
        assertProblem(answer, 409, slug, field);
    }

    /** Runs {@value #RACERS} calls at once (released together by a latch) and returns their answers. */
    private static List<Http.Response> race(IntFunction<Callable<Http.Response>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch ready = new CountDownLatch(RACERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<Http.Response> racer = call.apply(i);
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return racer.call();
                }));
            }
            assertTrue(ready.await(10, TimeUnit.SECONDS), "racers ready");
            go.countDown();
            List<Http.Response> answers = new ArrayList<>();
            for (Future<Http.Response> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static String summary(List<Http.Response> answers) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Http.Response answer : answers) {
            counts.merge(answer.status() + (answer.status() >= 400 ? " " + problemOf(answer) : ""), 1, Integer::sum);
        }
        return counts.toString();
    }

    private static String problemOf(Http.Response answer) {
        try {
            return answer.json().getString("type", "") + " " + Problems.fields(answer.json());
        } catch (RuntimeException notJson) {
            return answer.body();
        }
    }
}
