package org.openmes.platform.outage;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The log of one thing the system retries on its own while it fails (a database read, a computation): the first
 * failure of an outage is logged as a WARNING with its cause, the following ones only at FINE, and the first success
 * after it as an INFO. So an outage of a minute leaves two lines in the log instead of one stack trace per attempt.
 * Thread-safe: of concurrent failures (or successes) exactly one is logged as the change.
 */
public final class OutageLog {
    private final Logger log;
    private final AtomicBoolean failing = new AtomicBoolean();

    /** Logs to {@code log}. */
    public OutageLog(Logger log) {
        this.log = log;
    }

    /**
     * An attempt failed: a WARNING with {@code cause} when it begins an outage, else FINE.
     *
     * @param warning what failed and what follows from it, for the log (asked for only when logged)
     */
    public void failed(Supplier<String> warning, Exception cause) {
        if (failing.compareAndSet(false, true)) {
            log.log(Level.WARNING, warning.get() + " (logged once per outage)", cause);
        } else if (log.isLoggable(Level.FINE)) {
            log.log(Level.FINE, "Still failing: " + warning.get(), cause);
        }
    }

    /**
     * An attempt succeeded: an INFO when it ends an outage, else nothing.
     *
     * @param notice what works again, for the log (asked for only when logged)
     */
    public void succeeded(Supplier<String> notice) {
        if (failing.compareAndSet(true, false)) {
            log.log(Level.INFO, notice.get());
        }
    }
}
