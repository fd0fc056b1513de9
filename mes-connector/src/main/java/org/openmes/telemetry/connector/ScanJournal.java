package org.openmes.telemetry.connector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Predicate;

/**
 * Store-and-forward: scan messages the messaging engine refused, kept in order in a file (one JSON message per
 * line; JSON never contains a raw newline) and forwarded before any newer scan. Bounded: past
 * {@code maxBytes} it refuses to take more, and the caller must say so loudly.
 * <p>
 * First version: the whole journal is also held in memory and rewritten after each forwarding run; fine for the
 * few megabytes an outage of minutes produces, not for hours at full rate (a segment-file journal is the next
 * step).
 */
final class ScanJournal {
    private final Path file;
    private final long maxBytes;
    private final Deque<String> pending = new ArrayDeque<>();
    private long bytes;

    ScanJournal(Path file, long maxBytes) {
        this.file = file;
        this.maxBytes = maxBytes;
        try {
            Files.createDirectories(file.getParent());
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isEmpty()) {
                        pending.add(line);
                        bytes += line.length() + 1L;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the telemetry journal " + file, e);
        }
    }

    synchronized boolean isEmpty() {
        return pending.isEmpty();
    }

    synchronized int depth() {
        return pending.size();
    }

    synchronized long bytes() {
        return bytes;
    }

    /** Appends a message; false when the journal is full (the message is then NOT kept). */
    synchronized boolean append(String message) {
        if (message.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a journal entry is one line");
        }
        long size = message.getBytes(StandardCharsets.UTF_8).length + 1L;
        if (bytes + size > maxBytes) {
            return false;
        }
        try {
            Files.writeString(file, message + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the telemetry journal " + file, e);
        }
        pending.add(message);
        bytes += size;
        return true;
    }

    /**
     * Hands the journalled messages, oldest first, to {@code forwarder} until it returns false (not accepted: it
     * stays, and so does everything after it). Returns how many were forwarded.
     */
    synchronized int forward(Predicate<String> forwarder) {
        int forwarded = 0;
        while (!pending.isEmpty() && forwarder.test(pending.peek())) {
            String sent = pending.poll();
            bytes -= sent.getBytes(StandardCharsets.UTF_8).length + 1L;
            forwarded++;
        }
        if (forwarded > 0) {
            rewrite();
        }
        return forwarded;
    }

    private void rewrite() {
        try {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            Files.write(next, pending, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot rewrite the telemetry journal " + file, e);
        }
    }
}
