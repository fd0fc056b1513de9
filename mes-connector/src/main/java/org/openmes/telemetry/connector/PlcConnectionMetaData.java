package org.openmes.telemetry.connector;

import jakarta.resource.cci.ConnectionMetaData;
import jakarta.resource.spi.ManagedConnectionMetaData;

/** What the container and the application learn about the "EIS" behind tag access: PLCs through Apache PLC4X. */
final class PlcConnectionMetaData implements ConnectionMetaData, ManagedConnectionMetaData {

    @Override
    public String getEISProductName() {
        return "PLCs through Apache PLC4X";
    }

    @Override
    public String getEISProductVersion() {
        return "0.13";
    }

    /** No limit: a managed connection costs no PLC connection (the adapter's one session per PLC serves them all). */
    @Override
    public int getMaxConnections() {
        return 0;
    }

    /** PLC sessions are the adapter's, not a user's. */
    @Override
    public String getUserName() {
        return null;
    }
}
