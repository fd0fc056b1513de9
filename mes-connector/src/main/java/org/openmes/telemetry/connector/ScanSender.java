package org.openmes.telemetry.connector;

/** Hands one scan message to the messaging engine; throws when the engine does not take it. */
interface ScanSender {
    void send(String plcCode, String scanId, String body) throws Exception;
}
