package org.openmes.telemetry.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.UnavailableException;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import jakarta.resource.spi.work.Work;
import jakarta.resource.spi.work.WorkException;
import jakarta.resource.spi.work.WorkManager;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import javax.transaction.xa.XAResource;
import org.apache.plc4x.java.DefaultPlcDriverManager;
import org.apache.plc4x.java.api.PlcDriverManager;

/**
 * Resource adapter for PLC connectivity. Everything runs on the container's {@link BootstrapContext}: its timer
 * ticks, its WorkManager runs the scans and the configuration refresh; the adapter starts no thread of its own.
 * <p>
 * Every {@code mes.telemetry.config-refresh-seconds} the adapter checks the configuration revision in the database
 * and, when it moved, restarts the pollers of the PLCs whose definition changed: configuration changes take
 * effect without a restart. The same tick forwards the store-and-forward journal and reports the status of every
 * PLC session and of the journal to the database ({@code telemetry_plc_status}, {@code telemetry_connector_status}).
 */
@Connector(
        displayName = "OpenMES PLC connector",
        vendorName = "OpenMES",
        eisType = "Programmable logic controllers",
        version = "0.2",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class PlcResourceAdapter implements ResourceAdapter {
    private static final Logger LOG = Logger.getLogger(PlcResourceAdapter.class.getName());
    /** PostgreSQL's SQLState for a missing table: the adapter started before the application's migration ran. */
    private static final String UNDEFINED_TABLE = "42P01";

    private final Map<String, PlcPoller> pollers = new ConcurrentHashMap<>();
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile BootstrapContext bootstrapContext;
    private Timer timer;
    private PlcDriverManager drivers;
    private ScanPublisher publisher;
    private JmsScanSender sender;
    private AdapterDatabase database;
    private Duration maxBackoff;
    private long loadedRevision = -1;
    private WorkManager workManager;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        try {
            // the WorkManager's threads do not see the drivers through their context class loader
            drivers = new DefaultPlcDriverManager(PlcResourceAdapter.class.getClassLoader());
            database = new AdapterDatabase(Settings.string("mes.telemetry.datasource", "jdbc/mes"));
            sender = new JmsScanSender(Settings.string("mes.telemetry.jms.connection-factory", "jms/mesConnectionFactory"),
                    Settings.string("mes.telemetry.jms.queue", "jms/telemetryQueue"));
            Path journalFile = Path.of(Settings.string("mes.telemetry.journal.dir", "telemetry-journal"), "scans.journal");
            workManager = context.getWorkManager();
            publisher = new ScanPublisher(sender, new ScanJournal(journalFile,
                    Settings.number("mes.telemetry.journal.max-bytes", 256L * 1024 * 1024)), this::runAsWork,
                    (int) Settings.number("mes.telemetry.publish.max-samples-per-message", 10_000),
                    Settings.number("mes.telemetry.publish.max-pending-samples", 500_000),
                    Duration.ofMillis(Settings.number("mes.telemetry.publish.linger-ms", 50)));
            maxBackoff = Duration.ofSeconds(Settings.number("mes.telemetry.reconnect.max-backoff-seconds", 30));
            long refreshMillis = Settings.number("mes.telemetry.config-refresh-seconds", 5) * 1000;
            timer = context.createTimer();
            timer.scheduleAtFixedRate(new TimerTask() {
                @Override
                public void run() {
                    if (!refreshing.compareAndSet(false, true)) {
                        return;
                    }
                    try {
                        workManager.scheduleWork(new RefreshWork());
                    } catch (WorkException e) {
                        refreshing.set(false);
                        LOG.log(Level.WARNING, "WorkManager refused the telemetry configuration refresh", e);
                    }
                }
            }, 0, refreshMillis); // at once: a redeployed adapter replaces its predecessor's status report quickly
            this.bootstrapContext = context;
            LOG.info(() -> "OpenMES PLC connector started; PLC4X drivers: " + drivers.getProtocolCodes()
                    + "; journal " + journalFile.toAbsolutePath());
        } catch (UnavailableException | RuntimeException e) {
            throw new ResourceAdapterInternalException("The PLC connector cannot start: " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        bootstrapContext = null;
        if (timer != null) {
            timer.cancel();
        }
        pollers.values().forEach(PlcPoller::stopPolling);
        // closed here, not as Work: Work scheduled while the container stops the adapter was seen never to run, and
        // a session left open keeps PLC4X's threads, and with them the application's classes, after an undeployment
        pollers.values().forEach(PlcPoller::close);
        pollers.clear();
        if (publisher != null) {
            publisher.close(Duration.ofSeconds(5));
            synchronized (publisher) {
                sender.close();
            }
        }
        LOG.info("OpenMES PLC connector stopped");
    }

    /** On-demand reads and writes of the polled PLCs' tags, through their sessions (outbound tag access). */
    TagAccess tagAccess() {
        return new TagAccess(pollers::get, Clock.systemUTC());
    }

    /** True between the container's start and stop calls. */
    public boolean isStarted() {
        return bootstrapContext != null;
    }

    private void refresh() {
        try {
            long revision = database.revision();
            if (revision != loadedRevision) {
                apply(database.load());
                loadedRevision = revision;
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                LOG.info("Telemetry tables not there yet (the application migrates the database as it starts); retrying");
                return;
            }
            LOG.log(Level.WARNING, "Cannot read the telemetry configuration; keeping the current one and retrying", e);
        } catch (NamingException e) {
            LOG.log(Level.WARNING, "Cannot look the telemetry data source up; retrying", e);
        } catch (RuntimeException e) { // a row the EJB side would have refused, written behind its back
            LOG.log(Level.SEVERE, "Telemetry configuration unusable; keeping the current one", e);
        }
        publisher.forwardJournal();
        try {
            database.writeStatus(pollers.values().stream().map(poller -> new AdapterDatabase.PlcStatus(
                    poller.definition().code(), poller.session().connected(), poller.session().lastGoodRead(),
                    poller.session().reconnects(), poller.session().lastError(), poller.overruns())).toList(),
                    publisher.journalDepth(), publisher.journalBytes(), publisher.dropped());
        } catch (SQLException | NamingException e) {
            LOG.log(Level.WARNING, "Cannot report the connector's status; it stays stale until the next refresh", e);
        }
    }

    private void apply(List<PlcDefinition> definitions) {
        Map<String, PlcDefinition> wanted = new HashMap<>();
        definitions.forEach(plc -> wanted.put(plc.code(), plc));
        pollers.entrySet().removeIf(entry -> {
            if (entry.getValue().definition().equals(wanted.get(entry.getKey()))) {
                return false;
            }
            entry.getValue().stopPolling();
            closeInBackground(entry.getValue());
            LOG.info(() -> "Stopped polling PLC " + entry.getKey());
            return true;
        });
        BootstrapContext context = bootstrapContext;
        if (context == null) {
            return;
        }
        for (PlcDefinition plc : definitions) {
            pollers.computeIfAbsent(plc.code(), code -> {
                PlcPoller poller = new PlcPoller(plc, new PlcSession(drivers, plc, maxBackoff, Clock.systemUTC()),
                        publisher, Clock.systemUTC());
                poller.start(timer, context.getWorkManager());
                return poller;
            });
        }
    }

    /** Runs {@code command} as Work on the container's WorkManager: the publisher's sending, closing sessions. */
    private void runAsWork(Runnable command) {
        try {
            workManager.scheduleWork(new Work() {
                @Override
                public void run() {
                    command.run();
                }

                @Override
                public void release() {
                    // a drain ends when nothing is queued (the adapter's stop waits for it and journals the rest), a
                    // close within PLC4X's shutdown quiet period: nothing to interrupt
                }
            });
        } catch (WorkException e) {
            throw new java.util.concurrent.RejectedExecutionException("WorkManager refused: " + e.getMessage(), e);
        }
    }

    /**
     * Closing a PLC4X connection waits for its Netty event loop to shut down gracefully (about 2 s), so sessions are
     * closed as Work: a configuration change does not wait 2 s per PLC.
     */
    private void closeInBackground(PlcPoller poller) {
        try {
            runAsWork(poller::close);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.log(Level.WARNING, "WorkManager refused to close the session of PLC " + poller.definition().code()
                    + "; closing it on this thread", e);
            poller.close();
        }
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) throws ResourceException {
        throw new jakarta.resource.NotSupportedException("The PLC connector has no inbound endpoints; telemetry arrives over JMS");
    }

    @Override
    public void endpointDeactivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) {
        // nothing can have been activated: endpointActivation refuses every endpoint
    }

    @Override
    public XAResource[] getXAResources(ActivationSpec[] specs) {
        return new XAResource[0];
    }

    // The container compares adapter instances; one adapter per module, so identity is equality.
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    private final class RefreshWork implements Work {
        @Override
        public void run() {
            try {
                refresh();
            } finally {
                refreshing.set(false);
            }
        }

        @Override
        public void release() {
            // a refresh is a few queries; nothing to interrupt
        }
    }
}
