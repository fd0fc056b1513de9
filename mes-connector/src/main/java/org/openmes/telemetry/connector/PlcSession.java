package org.openmes.telemetry.connector;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.plc4x.java.api.PlcConnection;
import org.apache.plc4x.java.api.PlcDriverManager;
import org.apache.plc4x.java.api.exceptions.PlcConnectionException;
import org.apache.plc4x.java.api.messages.PlcReadRequest;
import org.apache.plc4x.java.api.messages.PlcReadResponse;
import org.apache.plc4x.java.api.messages.PlcWriteRequest;
import org.apache.plc4x.java.api.messages.PlcWriteResponse;
import org.apache.plc4x.java.api.model.PlcTag;
import org.apache.plc4x.java.api.types.PlcResponseCode;

/**
 * The one session to one PLC. It owns liveness itself: PLC4X's {@code isConnected()} stays true after the network
 * is gone, so any failed or timed-out read closes the connection, and the next attempt waits a capped exponential
 * backoff (1 s, 2 s, 4 s ... up to the cap). Scans of different scan classes share the session and take turns.
 * <p>
 * A scan class's read request is built once per connection and executed again with every scan: the driver parses
 * tag addresses with regular expressions, which cost more CPU than the Modbus exchange itself at 10 Hz. The session's
 * definition never changes (a changed configuration makes the adapter replace poller and session), and a new
 * connection builds the requests anew.
 */
final class PlcSession implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(PlcSession.class.getName());
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);
    private static final String CLOSED_BY_PEER = "connection closed by the PLC or the network";

    private final PlcDriverManager drivers;
    private final PlcDefinition plc;
    private final Duration maxBackoff;
    private final Clock clock;
    private final Map<String, List<TagDefinition>> scanClassTags = new HashMap<>();
    private final Map<String, PlcReadRequest> scanRequests = new HashMap<>(); // of the current connection

    private PlcConnection connection;
    private int consecutiveFailures;
    private Instant nextAttempt = Instant.MIN;
    private String lastError = "not connected yet";
    private long reconnects;
    private Instant lastGoodRead;

    PlcSession(PlcDriverManager drivers, PlcDefinition plc, Duration maxBackoff, Clock clock) {
        this.drivers = drivers;
        this.plc = plc;
        this.maxBackoff = maxBackoff;
        this.clock = clock;
        plc.scanClasses().keySet().forEach(scanClass -> scanClassTags.put(scanClass, plc.tagsOf(scanClass)));
    }

    /** The tags of one scan class of this PLC, in configuration order. */
    List<TagDefinition> tagsOf(String scanClass) {
        return scanClassTags.getOrDefault(scanClass, List.of());
    }

    /**
     * Reads the tags of {@code scanClass} with the request prepared for it on this connection; otherwise as
     * {@link #read(List, Instant)}.
     */
    synchronized List<Sample> scan(String scanClass, Instant sampledAt) {
        List<TagDefinition> tags = tagsOf(scanClass);
        return read(tags, sampledAt, () -> {
            PlcReadRequest request = scanRequests.get(scanClass);
            if (request == null) {
                request = prepare(tags);
                scanRequests.put(scanClass, request);
            }
            return request;
        });
    }

    /**
     * Reads {@code tags} in one PLC4X request (the driver splits it into as few protocol requests as it can) and
     * returns one sample per tag, BAD with the reason when the PLC cannot be read.
     */
    synchronized List<Sample> read(List<TagDefinition> tags, Instant sampledAt) {
        return read(tags, sampledAt, () -> prepare(tags));
    }

    /** Reads with the request {@code requests} gives on the open connection. */
    private List<Sample> read(List<TagDefinition> tags, Instant sampledAt, Supplier<PlcReadRequest> requests) {
        if (tags.isEmpty()) {
            return List.of();
        }
        if (connection == null && clock.instant().isBefore(nextAttempt)) {
            return allBad(tags, sampledAt, lastError + "; next connection attempt at " + nextAttempt);
        }
        try {
            if (connection == null) {
                connection = open();
                if (consecutiveFailures > 0) {
                    reconnects++;
                    LOG.info(() -> "PLC " + plc.code() + " reconnected after " + consecutiveFailures + " failed attempts");
                }
            }
            PlcReadResponse response = requests.get().execute().get(plc.requestTimeoutMillis(), TimeUnit.MILLISECONDS);
            Instant answeredAt = clock.instant();
            consecutiveFailures = 0;
            lastGoodRead = answeredAt;
            return toSamples(tags, response, sampledAt, answeredAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        } catch (TimeoutException e) {
            fail("no answer within " + plc.requestTimeoutMillis() + " ms");
        } catch (ExecutionException e) {
            fail(describe(e.getCause()));
        } catch (RejectedExecutionException e) { // the protocol was shut down as the channel closed (ProtocolCloser)
            fail(CLOSED_BY_PEER);
        } catch (Exception e) { // PlcConnectionException, and the RuntimeExceptions PLC4X throws from dead channels
            fail(describe(e));
        }
        return allBad(tags, sampledAt, lastError);
    }

    /**
     * Writes one raw value to {@code tag} between scans (the session's lock keeps them apart). A write that the
     * connection fails or does not answer closes the session as a failed read does; one that the driver or the PLC
     * refuses leaves it open.
     */
    synchronized void write(TagDefinition tag, Object raw) throws TagAccessException {
        if (connection == null && clock.instant().isBefore(nextAttempt)) {
            throw new TagAccessException(TagAccessException.UNAVAILABLE, "PLC " + plc.code() + ": " + lastError
                    + "; next connection attempt at " + nextAttempt);
        }
        PlcWriteRequest request;
        try {
            if (connection == null) {
                connection = open();
            }
            if (!connection.getMetadata().isWriteSupported()) {
                throw new TagAccessException(TagAccessException.REFUSED, "the driver of PLC " + plc.code() + " cannot write");
            }
            request = connection.writeRequestBuilder().addTagAddress(tag.name(), tag.address(), raw).build();
        } catch (TagAccessException e) {
            throw e;
        } catch (Exception e) { // the driver's parser and value handler refuse with runtime exceptions
            if (connection == null) {
                fail(describe(e));
                throw new TagAccessException(TagAccessException.UNAVAILABLE, "PLC " + plc.code() + ": " + lastError);
            }
            throw new TagAccessException(TagAccessException.REFUSED, "PLC " + plc.code() + " tag " + tag.name() + ": "
                    + describe(e));
        }
        PlcWriteResponse response;
        try {
            response = request.execute().get(plc.requestTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
            throw new TagAccessException(TagAccessException.UNAVAILABLE, "PLC " + plc.code() + ": interrupted");
        } catch (TimeoutException e) {
            fail("no answer within " + plc.requestTimeoutMillis() + " ms");
            throw new TagAccessException(TagAccessException.UNAVAILABLE, "PLC " + plc.code() + ": " + lastError);
        } catch (ExecutionException e) {
            fail(describe(e.getCause()));
            throw new TagAccessException(TagAccessException.UNAVAILABLE, "PLC " + plc.code() + ": " + lastError);
        } catch (RejectedExecutionException e) {
            fail(CLOSED_BY_PEER);
            throw new TagAccessException(TagAccessException.UNAVAILABLE, "PLC " + plc.code() + ": " + lastError);
        }
        PlcResponseCode code = response.getResponseCode(tag.name());
        if (code != PlcResponseCode.OK) {
            throw new TagAccessException(TagAccessException.REFUSED, "PLC " + plc.code() + " answered " + code
                    + " to the write of tag " + tag.name());
        }
    }

    synchronized boolean connected() {
        return connection != null;
    }

    synchronized long reconnects() {
        return reconnects;
    }

    synchronized Instant lastGoodRead() {
        return lastGoodRead;
    }

    /** Why the last read failed, or null when it succeeded. */
    synchronized String lastError() {
        return consecutiveFailures == 0 ? null : lastError;
    }

    @Override
    public synchronized void close() {
        closeConnection();
    }

    /**
     * One read request for {@code tags} on the open connection, each address parsed by the driver once. An address
     * the driver cannot parse (the configuration refuses those at save time, so only a row written behind its back
     * has one) goes in as text, so that the driver handles it as it did before requests were prepared.
     */
    private PlcReadRequest prepare(List<TagDefinition> tags) {
        PlcReadRequest.Builder request = connection.readRequestBuilder();
        for (TagDefinition tag : tags) {
            Optional<PlcTag> parsed = parse(tag.address());
            if (parsed.isPresent()) {
                request.addTag(tag.name(), parsed.get());
            } else {
                request.addTagAddress(tag.name(), tag.address());
            }
        }
        return request.build();
    }

    private Optional<PlcTag> parse(String address) {
        try {
            return connection.parseTagAddress(address);
        } catch (RuntimeException e) { // the driver's parser refuses: addTagAddress leaves the verdict to the driver
            LOG.log(Level.FINE, "PLC " + plc.code() + " cannot parse tag address " + address, e);
            return Optional.empty();
        }
    }

    private List<Sample> toSamples(List<TagDefinition> tags, PlcReadResponse response, Instant sampledAt, Instant answeredAt) {
        List<Sample> samples = new ArrayList<>(tags.size());
        for (TagDefinition tag : tags) {
            PlcResponseCode code = response.getResponseCode(tag.name());
            if (code != PlcResponseCode.OK) {
                samples.add(new Sample(tag.id(), sampledAt, answeredAt, null, Quality.BAD, "PLC answered " + code));
                continue;
            }
            try {
                samples.add(new Sample(tag.id(), sampledAt, answeredAt, tag.toEngineering(response.getObject(tag.name())),
                        Quality.GOOD, null));
            } catch (IllegalArgumentException e) {
                samples.add(new Sample(tag.id(), sampledAt, answeredAt, null, Quality.BAD, e.getMessage()));
            }
        }
        return samples;
    }

    private void fail(String reason) {
        lastError = reason;
        consecutiveFailures++;
        long factor = 1L << Math.min(consecutiveFailures - 1, 20);
        Duration backoff = FIRST_BACKOFF.multipliedBy(factor);
        if (backoff.compareTo(maxBackoff) > 0) {
            backoff = maxBackoff;
        }
        nextAttempt = clock.instant().plus(backoff);
        Duration wait = backoff;
        LOG.warning(() -> "PLC " + plc.code() + " read failed (" + reason + "); session closed, next attempt in "
                + wait.toMillis() + " ms");
        closeConnection();
    }

    private PlcConnection open() throws PlcConnectionException {
        PlcConnection opened = drivers.getConnectionManager().getConnection(plc.connectionString());
        ProtocolCloser.install(opened);
        return opened;
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (Exception e) {
            // expected for a connection whose channel is already dead: PLC4X rejects the close on its stopped loop
            LOG.log(Level.FINE, "Closing the broken session of PLC " + plc.code() + " failed", e);
        } finally {
            connection = null;
            scanRequests.clear();
        }
    }

    private static List<Sample> allBad(List<TagDefinition> tags, Instant sampledAt, String reason) {
        return tags.stream().map(tag -> new Sample(tag.id(), sampledAt, sampledAt, null, Quality.BAD, reason)).toList();
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
