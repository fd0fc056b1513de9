package org.openmes.common;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Correlation ids: what ties a request to the log lines and audit trail entries it caused. The REST layer
 * uses the client's id when it sent one; everything else draws a new one here.
 */
public final class CorrelationId {
    private CorrelationId() {
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a correlation id only has to be unique,
     * not unguessable, and {@code UUID.randomUUID()} funnels every request thread through one SecureRandom.
     */
    public static String random() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & 0xffffffffffff0fffL) | 0x0000000000004000L;
        long low = (random.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
