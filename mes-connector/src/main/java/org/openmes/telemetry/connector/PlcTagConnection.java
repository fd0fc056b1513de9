package org.openmes.telemetry.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.cci.Connection;
import jakarta.resource.cci.ConnectionMetaData;
import jakarta.resource.cci.Interaction;
import jakarta.resource.cci.LocalTransaction;
import jakarta.resource.cci.ResultSetInfo;
import jakarta.resource.spi.IllegalStateException;

/**
 * The application's handle to tag access. It holds no PLC connection of its own (the adapter's session per PLC
 * serves it), so it has no transaction: a write is done when {@code execute} returns and is not undone by a rollback.
 */
public final class PlcTagConnection implements Connection {
    private volatile PlcManagedConnection managed;

    PlcTagConnection(PlcManagedConnection managed) {
        this.managed = managed;
    }

    void associate(PlcManagedConnection newManaged) {
        managed = newManaged;
    }

    void invalidate() {
        managed = null;
    }

    void checkOpen() throws IllegalStateException {
        if (managed == null) {
            throw new IllegalStateException("the connection is closed");
        }
    }

    @Override
    public Interaction createInteraction() throws ResourceException {
        checkOpen();
        return new PlcTagInteraction(this, managed.tagAccess());
    }

    @Override
    public LocalTransaction getLocalTransaction() throws ResourceException {
        throw new NotSupportedException("PLC tag access has no transactions: a write takes effect at once");
    }

    @Override
    public ConnectionMetaData getMetaData() {
        return new PlcConnectionMetaData();
    }

    @Override
    public ResultSetInfo getResultSetInfo() throws ResourceException {
        throw new NotSupportedException("PLC tag access returns no result sets");
    }

    @Override
    public void close() {
        PlcManagedConnection current = managed;
        if (current != null) {
            managed = null;
            current.closed(this);
        }
    }
}
