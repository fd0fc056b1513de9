package org.openmes.telemetry.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.cci.Connection;
import jakarta.resource.cci.ConnectionFactory;
import jakarta.resource.spi.ConnectionDefinition;
import jakarta.resource.spi.ConnectionManager;
import jakarta.resource.spi.ConnectionRequestInfo;
import jakarta.resource.spi.ManagedConnection;
import jakarta.resource.spi.ManagedConnectionFactory;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterAssociation;
import java.io.PrintWriter;
import java.util.Set;
import javax.security.auth.Subject;

/**
 * Outbound tag access: the container creates the application's {@link ConnectionFactory} (standard CCI interfaces,
 * so the application needs no class of the adapter) from this factory and pools its {@link PlcManagedConnection}s.
 * Configured in server.xml as {@code <connectionFactory jndiName="eis/plcTags">} with the embedded adapter's
 * {@code properties.mes.mes-connector}; an EJB injects it with {@code @Resource(lookup = "eis/plcTags")}.
 */
@ConnectionDefinition(connectionFactory = ConnectionFactory.class, connectionFactoryImpl = PlcTagConnectionFactory.class,
        connection = Connection.class, connectionImpl = PlcTagConnection.class)
public class PlcManagedConnectionFactory implements ManagedConnectionFactory, ResourceAdapterAssociation {
    private static final long serialVersionUID = 1L;

    private transient PlcResourceAdapter adapter;
    private transient PrintWriter logWriter;

    @Override
    public Object createConnectionFactory(ConnectionManager manager) {
        return new PlcTagConnectionFactory(this, manager);
    }

    @Override
    public Object createConnectionFactory() throws ResourceException {
        throw new NotSupportedException("PLC tag access runs inside the application server only");
    }

    @Override
    public ManagedConnection createManagedConnection(Subject subject, ConnectionRequestInfo info) {
        return new PlcManagedConnection(this);
    }

    /** Every managed connection serves every request equally. */
    @Override
    public ManagedConnection matchManagedConnections(@SuppressWarnings("rawtypes") Set candidates, Subject subject,
                                                     ConnectionRequestInfo info) {
        for (Object candidate : candidates) {
            if (candidate instanceof PlcManagedConnection connection) {
                return connection;
            }
        }
        return null;
    }

    TagAccess tagAccess() throws ResourceException {
        PlcResourceAdapter current = adapter;
        if (current == null || !current.isStarted()) {
            throw new TagAccessException(TagAccessException.UNAVAILABLE, "the PLC connector is not started");
        }
        return current.tagAccess();
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return adapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) throws ResourceException {
        if (!(resourceAdapter instanceof PlcResourceAdapter plcAdapter)) {
            throw new ResourceException("not the PLC resource adapter: " + resourceAdapter);
        }
        adapter = plcAdapter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        logWriter = out;
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    // no configuration properties: two factories of the same adapter are interchangeable
    @Override
    public boolean equals(Object other) {
        return other instanceof PlcManagedConnectionFactory factory && factory.adapter == adapter;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(adapter);
    }
}
