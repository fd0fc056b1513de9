package org.openmes.platform.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PushBusTest {
    /** Runs the sending task only when told: what the publisher's thread does, and what piles up meanwhile. */
    private final List<Runnable> tasks = new ArrayList<>();
    private final PushBus bus = new PushBus(tasks::add);
    private final List<String> received = new ArrayList<>();

    @Test
    void publishingNeverSendsOnThePublishersThread() {
        bus.subscribe(message -> received.add(message.text()));
        bus.publish("equipment-1");
        assertTrue(received.isEmpty());
        assertEquals(1, tasks.size());
        tasks.remove(0).run();
        assertEquals(List.of("equipment-1"), received);
    }

    @Test
    void aBurstOfOneTopicIsSentOnceAndOnlyTheNewestLiveMessage() {
        bus.subscribe(message -> received.add(message.text()));
        String older = PushMessages.live("equipment-1", "RUNNING", Map.of("FAULT_WORD", "0"));
        String newer = PushMessages.live("equipment-1", "DOWN", Map.of("FAULT_WORD", "8"));
        bus.publish("equipment-1");
        bus.publishLive("equipment-1", older);
        bus.publish("equipment-2");
        bus.publish("equipment-1");
        bus.publishLive("equipment-1", newer);
        assertEquals(1, tasks.size(), "one sending task for the whole burst");
        tasks.remove(0).run();
        assertEquals(List.of("equipment-1", newer, "equipment-2"), received);
        assertTrue(newer.startsWith("{\"topic\":\"equipment-1\",\"state\":\"DOWN\""), newer);
    }

    @Test
    void subscribersLearnEachMessagesTopicAndKind() {
        List<PushMessage> messages = new ArrayList<>();
        bus.subscribe(messages::add);
        String live = PushMessages.live("equipment-7", "IDLE", Map.of());
        bus.publish("line-2");
        bus.publishLive("equipment-7", live);
        tasks.remove(0).run();
        assertEquals(List.of(new PushMessage("line-2", false, "line-2"), new PushMessage("equipment-7", true, live)), messages);
    }

    @Test
    void aFailingSubscriberDoesNotStopTheOthers() {
        bus.subscribe(message -> {
            throw new IllegalStateException("a page went away");
        });
        bus.subscribe(message -> received.add(message.text()));
        bus.publish("line-3");
        bus.publish("line-4");
        tasks.remove(0).run();
        assertEquals(List.of("line-3", "line-4"), received);
        bus.publish("line-3");
        assertEquals(1, tasks.size(), "a new task once the last one finished");
    }
}
