package org.openmes.telemetry.simulator;

import com.digitalpetri.modbus.exceptions.UnknownUnitIdException;
import com.digitalpetri.modbus.pdu.ReadCoilsRequest;
import com.digitalpetri.modbus.pdu.ReadCoilsResponse;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersRequest;
import com.digitalpetri.modbus.pdu.ReadHoldingRegistersResponse;
import com.digitalpetri.modbus.server.ModbusRequestContext;
import com.digitalpetri.modbus.server.ModbusTcpServer;
import com.digitalpetri.modbus.server.ProcessImage;
import com.digitalpetri.modbus.server.ReadWriteModbusServices;
import com.digitalpetri.modbus.tcp.server.NettyTcpServerTransport;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A packaging line (bagger and basket loader) served over Modbus TCP. It advances on its own timer every tick and
 * plays a {@link Scenario}; the methods below let tests and the launcher drive it. All changes to the machines run
 * on the timer thread, so Modbus clients always read a consistent image.
 */
public final class LineSimulator implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LineSimulator.class.getName());

    private final String bindAddress;
    private final Duration tick;
    private final Scenario scenario;
    private final Machine bagger = new Machine("bagger", 60, 0.02, 7.5, RegisterMap.BAGGER,
            RegisterMap.BAGGER_RUNNING_COIL, 4, 170, 150, 1);
    private final Machine loader = new Machine("basket loader", 12, 0.01, 2.2, RegisterMap.LOADER,
            RegisterMap.LOADER_RUNNING_COIL, 1, 48, 30, 2);
    private final ProcessImage image = new ProcessImage();
    private final Set<Channel> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong readRequests = new AtomicLong();
    private final List<Consumer<Boolean>> onlineListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong benchReads = new AtomicLong();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "line-simulator");
        thread.setDaemon(true);
        return thread;
    });

    private volatile int port;
    private volatile ModbusTcpServer server;
    private volatile Channel serverChannel;
    private volatile boolean online;
    private volatile MachineSnapshot baggerSnapshot = bagger.snapshot();
    private volatile MachineSnapshot loaderSnapshot = loader.snapshot();
    private ScheduledFuture<?> ticking;
    private long frozenUntilNanos;
    private long lastTickNanos;
    private int stepIndex;
    private long stepElapsedMillis;

    /**
     * @param bindAddress interface to listen on, e.g. {@code 127.0.0.1}
     * @param port        TCP port; 0 picks a free one ({@link #port()} tells which)
     * @param tick        how often the line advances
     * @param scenario    what the line plays
     */
    public LineSimulator(String bindAddress, int port, Duration tick, Scenario scenario) {
        this.bindAddress = bindAddress;
        this.port = port;
        this.tick = tick;
        this.scenario = scenario;
    }

    /** Starts serving and advancing; returns this for chaining. */
    public LineSimulator start() {
        publish();
        listen();
        lastTickNanos = System.nanoTime();
        ticking = timer.scheduleAtFixedRate(this::advance, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Line simulator serving Modbus TCP on " + bindAddress + ":" + port + ", scenario " + scenario);
        return this;
    }

    /** The TCP port the Modbus server listens on (the real one when 0 was asked for). */
    public int port() {
        return port;
    }

    /** Modbus read requests (registers and coils) served so far: how many protocol requests the clients sent. */
    public long readRequests() {
        return readRequests.get();
    }

    /** Whether the server accepts connections now (false during a comms loss). */
    public boolean online() {
        return online;
    }

    /**
     * Tells {@code listener} whenever the line goes offline (false) or comes back (true), so another protocol's server
     * can drop off the network with the Modbus one. Called on the thread that changes the state.
     */
    void onOnlineChange(Consumer<Boolean> listener) {
        onlineListeners.add(listener);
    }

    /** Raises a fault bit of the bagger (0..63); the bagger holds until every fault is cleared. */
    public void raiseBaggerFault(int bit) {
        onTimer(() -> bagger.raiseFault(bit));
    }

    /** Clears a fault bit of the bagger. */
    public void clearBaggerFault(int bit) {
        onTimer(() -> bagger.clearFault(bit));
    }

    /** Raises a fault bit of the basket loader (0..15). */
    public void raiseLoaderFault(int bit) {
        onTimer(() -> loader.raiseFault(bit));
    }

    /** Clears a fault bit of the basket loader. */
    public void clearLoaderFault(int bit) {
        onTimer(() -> loader.clearFault(bit));
    }

    /** The bagger's values as of the last tick (or change), readable from any thread. */
    public MachineSnapshot baggerSnapshot() {
        return baggerSnapshot;
    }

    /** The basket loader's values as of the last tick (or change), readable from any thread. */
    public MachineSnapshot loaderSnapshot() {
        return loaderSnapshot;
    }

    /**
     * The bagger's target count as a client last wrote it, over Modbus into holding registers {@code TARGET_COUNT}
     * (UDINT, high word first) or over OPC UA; 0 before any write.
     */
    public long baggerTargetCount() {
        return targetCount(RegisterMap.BAGGER);
    }

    /** The target count kept in the holding registers of the machine at {@code baseRegister}. */
    long targetCount(int baseRegister) {
        int address = baseRegister + RegisterMap.TARGET_COUNT;
        return image.get(transaction -> transaction.readHoldingRegisters(registers ->
                (word(registers.get(address)) << 16) | word(registers.get(address + 1))));
    }

    /** Keeps a target count written over another protocol where a Modbus client would have written it. */
    void targetCount(int baseRegister, long count) {
        int address = baseRegister + RegisterMap.TARGET_COUNT;
        image.with(transaction -> transaction.writeHoldingRegisters(registers -> {
            registers.put(address, new byte[] {(byte) (count >>> 24), (byte) (count >>> 16)});
            registers.put(address + 1, new byte[] {(byte) (count >>> 8), (byte) count});
        }));
    }

    private static long word(byte[] register) {
        return register == null ? 0 : ((register[0] & 0xFFL) << 8) | (register[1] & 0xFFL);
    }

    /** Sets the bagger's counters, e.g. near 2^32 to show a roll-over, or to 0 as a PLC reset would. */
    public void setBaggerCounters(long good, long reject) {
        onTimer(() -> bagger.counters(good, reject));
    }

    /** Stops or restarts both machines, as for a changeover. */
    public void setRunning(boolean running) {
        onTimer(() -> {
            PackMlState state = running ? PackMlState.EXECUTE : PackMlState.STOPPED;
            bagger.state(state);
            loader.state(state);
        });
    }

    /**
     * Freezes the PLC program for {@code duration}: the server still answers, but nothing advances, the heartbeat
     * included, as when a PLC's CPU stops.
     */
    public void freezeFor(Duration duration) {
        onTimer(() -> frozenUntilNanos = System.nanoTime() + duration.toNanos());
    }

    /**
     * Cuts the network: closes every client connection and accepts none for {@code duration}, then listens on the
     * same port again. Returns at once.
     */
    public void cutConnectionFor(Duration duration) {
        onTimer(this::goOffline);
        timer.schedule(this::listen, duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        if (ticking != null) {
            ticking.cancel(false);
        }
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warning("Line simulator timer did not stop within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        goOffline();
    }

    private void onTimer(Runnable change) {
        try {
            timer.submit(() -> {
                change.run();
                publish();
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while changing the simulated line", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void advance() {
        try {
            long now = System.nanoTime();
            long elapsed = TimeUnit.NANOSECONDS.toMillis(now - lastTickNanos);
            lastTickNanos = now;
            if (now - frozenUntilNanos < 0) {
                return;
            }
            playScenario(elapsed);
            bagger.advance(elapsed);
            loader.advance(elapsed);
            publish();
        } catch (RuntimeException e) {
            // an exception would cancel the periodic task and freeze the line silently
            LOG.log(Level.SEVERE, "Line simulator tick failed", e);
        }
    }

    private void playScenario(long elapsedMillis) {
        List<Scenario.Step> steps = scenario.steps();
        if (steps.isEmpty()) {
            return;
        }
        Scenario.Step step = steps.get(stepIndex);
        if (stepElapsedMillis == 0) {
            enter(step);
        }
        stepElapsedMillis += elapsedMillis;
        if (stepElapsedMillis >= step.duration().toMillis()) {
            leave(step);
            stepElapsedMillis = 0;
            stepIndex = (stepIndex + 1) % steps.size();
        }
    }

    private void enter(Scenario.Step step) {
        LOG.info(() -> "Scenario " + scenario + ": " + step.kind() + " for " + step.duration().toSeconds() + " s");
        switch (step.kind()) {
            case RUN -> {
                bagger.state(PackMlState.EXECUTE);
                loader.state(PackMlState.EXECUTE);
            }
            case MICRO_STOP -> bagger.state(PackMlState.SUSPENDED);
            case JAM -> bagger.raiseFault(Scenario.Step.JAM_FAULT_BIT);
            case CHANGEOVER -> {
                bagger.state(PackMlState.STOPPED);
                loader.state(PackMlState.STOPPED);
            }
            case COMMS_LOSS -> goOffline();
        }
    }

    private void leave(Scenario.Step step) {
        switch (step.kind()) {
            case JAM -> bagger.clearFault(Scenario.Step.JAM_FAULT_BIT);
            case COMMS_LOSS -> listen();
            default -> {
                // the next step sets the state it needs
            }
        }
    }

    private void publish() {
        baggerSnapshot = bagger.snapshot();
        loaderSnapshot = loader.snapshot();
        image.with(transaction -> transaction.writeHoldingRegisters(registers ->
                transaction.writeCoils(coils -> {
                    bagger.writeTo(registers, coils);
                    loader.writeTo(registers, coils);
                })));
    }

    /**
     * The bench block ({@link Scenario#BENCH}): the registers a request reads get new values just before, so every read
     * of a tag sees a change however seldom the line's own timer gets the CPU on a busy machine. The value differs per
     * register and per request.
     */
    private void refreshBenchBlock(int address, int quantity) {
        int from = Math.max(address, RegisterMap.BENCH);
        int to = Math.min(address + quantity, RegisterMap.BENCH + RegisterMap.BENCH_REGISTERS);
        if (scenario != Scenario.BENCH || from >= to) {
            return;
        }
        long generation = benchReads.incrementAndGet();
        image.with(transaction -> transaction.writeHoldingRegisters(registers -> {
            for (int register = from; register < to; register++) {
                int value = (int) ((generation + register) & 0xFFFF);
                registers.put(register, new byte[] {(byte) (value >> 8), (byte) value});
            }
        }));
    }

    private synchronized void listen() {
        if (online) {
            return;
        }
        int requestedPort = port;
        NettyTcpServerTransport transport = NettyTcpServerTransport.create(config -> {
            config.setBindAddress(bindAddress);
            config.setPort(requestedPort);
            // the parent channel's handler sees the bound server socket: that is how port 0 becomes a real port
            config.setBootstrapCustomizer(bootstrap -> bootstrap.handler(new ChannelInboundHandlerAdapter() {
                @Override
                public void handlerAdded(ChannelHandlerContext context) {
                    serverChannel = context.channel();
                }
            }));
            config.setPipelineCustomizer(pipeline -> {
                Channel client = pipeline.channel();
                clients.add(client);
                client.closeFuture().addListener(closed -> clients.remove(client));
            });
        });
        ModbusTcpServer newServer = ModbusTcpServer.create(transport, new ReadWriteModbusServices() {
            @Override
            protected Optional<ProcessImage> getProcessImage(int unitId) {
                return Optional.of(image);
            }

            @Override
            public ReadHoldingRegistersResponse readHoldingRegisters(ModbusRequestContext context, int unitId,
                    ReadHoldingRegistersRequest request) throws UnknownUnitIdException {
                readRequests.incrementAndGet();
                refreshBenchBlock(request.address(), request.quantity());
                return super.readHoldingRegisters(context, unitId, request);
            }

            @Override
            public ReadCoilsResponse readCoils(ModbusRequestContext context, int unitId, ReadCoilsRequest request)
                    throws UnknownUnitIdException {
                readRequests.incrementAndGet();
                return super.readCoils(context, unitId, request);
            }
        });
        try {
            newServer.start();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot listen on " + bindAddress + ":" + requestedPort, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the Modbus server", e);
        }
        server = newServer;
        port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
        online = true;
        LOG.fine(() -> "Line simulator accepting connections on port " + port);
        onlineListeners.forEach(listener -> listener.accept(true));
    }

    private synchronized void goOffline() {
        if (!online) {
            return;
        }
        online = false;
        try {
            server.stop();
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Modbus server did not stop cleanly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // the transport's unbind leaves the listening socket open: close it, and every client, ourselves
        serverChannel.close().syncUninterruptibly();
        clients.forEach(client -> client.close().syncUninterruptibly());
        LOG.info(() -> "Line simulator offline (port " + port + " closed)");
        onlineListeners.forEach(listener -> listener.accept(false));
    }
}
