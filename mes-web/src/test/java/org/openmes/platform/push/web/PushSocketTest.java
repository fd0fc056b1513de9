package org.openmes.platform.push.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.openmes.platform.push.PushMessage;

class PushSocketTest {
    /** A socket whose writes complete only when the test says so, as a slow network's would. */
    private static final class SlowTransport implements PushSocket.Transport {
        final List<String> started = new ArrayList<>();
        final List<Consumer<Throwable>> pending = new ArrayList<>();
        boolean open = true;
        String closed;

        @Override
        public void write(String text, Consumer<Throwable> done) {
            assertTrue(pending.isEmpty(), "a second write while one is under way: " + text);
            started.add(text);
            pending.add(done);
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close(String reason) {
            closed = reason;
        }

        void complete(Throwable failure) {
            pending.remove(0).accept(failure);
        }
    }

    private final SlowTransport transport = new SlowTransport();
    private final PushSocket socket = new PushSocket(transport, Set.of("equipment-1", "line-3"));

    @Test
    void writesOneMessageAtATimeAndLosesNoneWhileAWriteIsUnderWay() {
        socket.offer(PushMessage.topic("line-3"));
        socket.offer(PushMessage.live("equipment-1", "{\"topic\":\"equipment-1\",\"state\":\"DOWN\"}"));
        socket.offer(PushMessage.topic("equipment-1"));
        assertEquals(List.of("line-3"), transport.started);
        assertEquals(2, socket.waiting());
        transport.complete(null);
        transport.complete(null);
        transport.complete(null);
        assertEquals(List.of("line-3", "{\"topic\":\"equipment-1\",\"state\":\"DOWN\"}", "equipment-1"), transport.started);
        assertEquals(0, socket.waiting());
        socket.offer(PushMessage.topic("line-3"));
        assertEquals(4, transport.started.size(), "an idle socket writes at once");
    }

    @Test
    void aPageBehindGetsTheNewestLiveStateOfATopicAndEachTopicNameOnce() {
        socket.offer(PushMessage.topic("line-3"));
        socket.offer(PushMessage.live("equipment-1", "DOWN"));
        socket.offer(PushMessage.topic("line-3"));
        socket.offer(PushMessage.live("equipment-1", "RUNNING"));
        assertEquals(2, socket.waiting());
        transport.complete(null);
        transport.complete(null);
        transport.complete(null);
        assertEquals(List.of("line-3", "RUNNING", "line-3"), transport.started);
    }

    @Test
    void onlyTheTopicsThePageSubscribedToAreWritten() {
        socket.offer(PushMessage.topic("equipment-2"));
        socket.offer(PushMessage.live("line-4", "{}"));
        assertTrue(transport.started.isEmpty());
    }

    @Test
    void aFailedWriteClosesTheSocketSoThatThePageReconnectsAndRefreshes() {
        socket.offer(PushMessage.topic("line-3"));
        socket.offer(PushMessage.topic("equipment-1"));
        transport.complete(new IOException("broken pipe"));
        assertEquals("push write failed", transport.closed);
        socket.offer(PushMessage.topic("line-3"));
        assertEquals(List.of("line-3"), transport.started, "nothing more is written to a failed socket");
    }

    @Test
    void aWriteToASocketThePageClosedIsNotReported() {
        socket.offer(PushMessage.topic("line-3"));
        transport.open = false;
        transport.complete(new IOException("closed"));
        assertNull(transport.closed);
    }

    @Test
    void theTopicsOfTheRequestAreTopicNamesOnly() {
        assertEquals(Set.of("equipment-12", "line-3", "telemetry"), PushSockets.topics(List.of("equipment-12 line-3  telemetry")));
        assertEquals(Set.of(), PushSockets.topics(null));
        assertNull(PushSockets.topics(List.of("equipment-12 <script>")));
    }
}
