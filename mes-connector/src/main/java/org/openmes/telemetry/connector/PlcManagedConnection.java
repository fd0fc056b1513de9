package org.openmes.telemetry.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.spi.ConnectionEvent;
import jakarta.resource.spi.ConnectionEventListener;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.LocalTransaction;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionMetaData;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.security.auth.Subject;
import javax.transaction.xa.XAResource;

/**
 * What the container pools for tag access: a lightweight link to the adapter's PLC sessions, not a connection to a
 * PLC (one session per PLC is the adapter's rule). Handles are {@link PlcTagConnection}s.
 */
final class PlcManagedConnection implements ManagedConnection {
    private final PlcManagedConnectionFactory factory;
    private final List<ConnectionEventListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<PlcTagConnection> handles = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private PrintWriter logWriter;

    PlcManagedConnection(PlcManagedConnectionFactory factory) {
        this.factory = factory;
    }

    TagAccess tagAccess() throws ResourceException {
        return factory.tagAccess();
    }

    @Override
    public Object getConnection(Subject subject, ConnectionRequestInfo info) {
        PlcTagConnection handle = new PlcTagConnection(this);
        handles.add(handle);
        return handle;
    }

    void closed(PlcTagConnection handle) {
        handles.remove(handle);
        ConnectionEvent event = new ConnectionEvent(this, ConnectionEvent.CONNECTION_CLOSED);
        event.setConnectionHandle(handle);
        listeners.forEach(listener -> listener.connectionClosed(event));
    }

    @Override
    public void associateConnection(Object connection) throws ResourceException {
        if (!(connection instanceof PlcTagConnection handle)) {
            throw new ResourceException("not a PLC tag connection: " + connection);
        }
        handle.associate(this);
        handles.add(handle);
    }

    @Override
    public void cleanup() {
        handles.forEach(PlcTagConnection::invalidate);
        handles.clear();
    }

    @Override
    public void destroy() {
        cleanup();
    }

    @Override
    public void addConnectionEventListener(ConnectionEventListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeConnectionEventListener(ConnectionEventListener listener) {
        listeners.remove(listener);
    }

    @Override
    public XAResource getXAResource() throws ResourceException {
        throw new NotSupportedException("PLC tag access has no transactions");
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("PLC tag access has no transactions");
    }

    @Override
    public ManagedConnectionMetaData getMetaData() {
        return new PlcConnectionMetaData();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }
}
