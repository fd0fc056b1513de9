package org.openmes.telemetry.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.openmes.platform.outage.OutageLog;

/**
 * Something read from the database at most once per interval, that goes on serving what it read last while the
 * database cannot be read: a failed read is tried again one interval later (not on every call), and an outage is
 * logged once when it begins (WARNING, with the cause) and once when a read succeeds again (INFO, {@link OutageLog}).
 * While one caller
 * reads, the others get the last value at once instead of waiting. Thread-safe.
 *
 * @param <T> what is read
 */
final class PeriodicRead<T> {
    /** Reads the value; may fail while the database is unreachable. */
    interface Reader<T> {
        T read() throws Exception;
    }

    private final String what;
    private final Reader<T> reader;
    private final Duration interval;
    private final Clock clock;
    private final OutageLog outage;
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile T last;
    private volatile Instant due = Instant.MIN;

    /**
     * @param what what is read, for the log ("the signal mapping")
     */
    PeriodicRead(String what, Reader<T> reader, Duration interval, Clock clock, Logger log) {
        this.what = what;
        this.reader = reader;
        this.interval = interval;
        this.clock = clock;
        this.outage = new OutageLog(log);
    }

    /** The value read last (reading it first when due); null while it has never been read. */
    T get() {
        if (clock.instant().isBefore(due) || !reading.compareAndSet(false, true)) {
            return last;
        }
        try {
            if (clock.instant().isBefore(due)) {
                return last; // another caller read it meanwhile
            }
            T value = reader.read();
            last = value;
            outage.succeeded(() -> "The database answers again: " + what + " read");
        } catch (Exception e) {
            outage.failed(() -> "Cannot read " + what + "; "
                    + (last == null ? "nothing read yet, so it is done without" : "the last one read is kept")
                    + ", and it is read again every " + interval.toSeconds() + " s until the database answers", e);
        } finally {
            due = clock.instant().plus(interval);
            reading.set(false);
        }
        return last;
    }
}
