package org.openmes.telemetry.connector;

import jakarta.resource.NotSupportedException;
import jakarta.resource.ResourceException;
import jakarta.resource.cci.Connection;
import jakarta.resource.cci.ConnectionFactory;
import jakarta.resource.cci.ConnectionSpec;
import jakarta.resource.cci.IndexedRecord;
import jakarta.resource.cci.MappedRecord;
import jakarta.resource.cci.RecordFactory;
import jakarta.resource.cci.ResourceAdapterMetaData;
import jakarta.resource.spi.ConnectionManager;
import javax.naming.Reference;

/**
 * The connection factory an EJB injects for tag access ({@link PlcTagInteraction} describes the records). Connections
 * come from the container's {@link ConnectionManager}, so pooling and the container's rules apply.
 */
public final class PlcTagConnectionFactory implements ConnectionFactory {
    private static final long serialVersionUID = 1L;

    private final transient PlcManagedConnectionFactory factory;
    private final transient ConnectionManager manager;
    private Reference reference;

    PlcTagConnectionFactory(PlcManagedConnectionFactory factory, ConnectionManager manager) {
        this.factory = factory;
        this.manager = manager;
    }

    @Override
    public Connection getConnection() throws ResourceException {
        return (Connection) manager.allocateConnection(factory, null);
    }

    @Override
    public Connection getConnection(ConnectionSpec spec) throws ResourceException {
        return getConnection();
    }

    @Override
    public RecordFactory getRecordFactory() {
        return new RecordFactory() {
            @Override
            public MappedRecord createMappedRecord(String recordName) {
                return new TagRecord(recordName);
            }

            @Override
            public IndexedRecord createIndexedRecord(String recordName) throws ResourceException {
                throw new NotSupportedException("tag access uses mapped records only");
            }
        };
    }

    @Override
    public ResourceAdapterMetaData getMetaData() {
        return new ResourceAdapterMetaData() {
            @Override
            public String getAdapterVersion() {
                return "0.2";
            }

            @Override
            public String getAdapterVendorName() {
                return "OpenMES";
            }

            @Override
            public String getAdapterName() {
                return "OpenMES PLC connector";
            }

            @Override
            public String getAdapterShortDescription() {
                return "Reads and writes PLC tags by PLC code and tag name (records READ / WRITE)";
            }

            @Override
            public String getSpecVersion() {
                return "2.1";
            }

            @Override
            public String[] getInteractionSpecsSupported() {
                return new String[0];
            }

            @Override
            public boolean supportsExecuteWithInputAndOutputRecord() {
                return false;
            }

            @Override
            public boolean supportsExecuteWithInputRecordOnly() {
                return true;
            }

            @Override
            public boolean supportsLocalTransactionDemarcation() {
                return false;
            }
        };
    }

    @Override
    public void setReference(Reference newReference) {
        reference = newReference;
    }

    @Override
    public Reference getReference() {
        return reference;
    }
}
