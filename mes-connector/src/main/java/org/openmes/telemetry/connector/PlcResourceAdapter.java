package org.openmes.telemetry.connector;

import jakarta.resource.ResourceException;
import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.BootstrapContext;
import jakarta.resource.spi.Connector;
import jakarta.resource.spi.ResourceAdapter;
import jakarta.resource.spi.ResourceAdapterInternalException;
import jakarta.resource.spi.TransactionSupport;
import jakarta.resource.spi.endpoint.MessageEndpointFactory;
import java.util.logging.Logger;
import javax.transaction.xa.XAResource;

/**
 * Resource adapter for PLC connectivity. It keeps the container's {@link BootstrapContext} because all PLC
 * work will run on the container's WorkManager and timers, never on threads of its own.
 */
@Connector(
        displayName = "OpenMES PLC connector",
        vendorName = "OpenMES",
        eisType = "Programmable logic controllers",
        version = "0.1",
        transactionSupport = TransactionSupport.TransactionSupportLevel.NoTransaction)
public class PlcResourceAdapter implements ResourceAdapter {
    private static final Logger LOG = Logger.getLogger(PlcResourceAdapter.class.getName());

    private volatile BootstrapContext bootstrapContext;

    @Override
    public void start(BootstrapContext context) throws ResourceAdapterInternalException {
        this.bootstrapContext = context;
        LOG.info("OpenMES PLC connector started (no PLC connections configured yet)");
    }

    @Override
    public void stop() {
        bootstrapContext = null;
        LOG.info("OpenMES PLC connector stopped");
    }

    /** True between the container's start and stop calls. */
    public boolean isStarted() {
        return bootstrapContext != null;
    }

    @Override
    public void endpointActivation(MessageEndpointFactory endpointFactory, ActivationSpec spec) throws ResourceException {
        throw new jakarta.resource.NotSupportedException("The PLC connector has no inbound endpoints yet");
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
}
