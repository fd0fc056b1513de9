package org.openmes.platform.outage;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** For tests: records everything a logger logs (and keeps it out of the console) until {@link #detach()}. */
public final class RecordedLog extends Handler {
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    /** Records the logger named {@code name} from now on. */
    public RecordedLog(String name) {
        logger = Logger.getLogger(name);
        logger.setUseParentHandlers(false);
        logger.setLevel(Level.ALL);
        logger.addHandler(this);
    }

    /** The logger recorded. */
    public Logger logger() {
        return logger;
    }

    /** The messages logged at {@code level} so far. */
    public List<String> messages(Level level) {
        return records.stream().filter(entry -> entry.getLevel() == level).map(LogRecord::getMessage).toList();
    }

    /** Gives the logger back as it was. */
    public void detach() {
        logger.removeHandler(this);
        logger.setLevel(null);
        logger.setUseParentHandlers(true);
    }

    @Override
    public void publish(LogRecord entry) {
        records.add(entry);
    }

    @Override
    public void flush() {
        // kept in memory: nothing to flush
    }

    @Override
    public void close() {
        // kept in memory: nothing to release
    }
}
