package org.openmes.telemetry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.openmes.common.InvalidInputException;
import org.openmes.common.persistence.AuditedEntity;

/**
 * A PLC the connector polls: its PLC4X connection string, scan classes, request timeout and optional heartbeat
 * tag. Whether PLC4X can parse the connection string is checked by the service, which has the drivers.
 */
@Entity
@Table(name = "telemetry_plc_connection")
public class PlcConnection extends AuditedEntity {
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @Column(name = "connection_string", nullable = false, length = 1000)
    private String connectionString;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "scan_classes", nullable = false, length = 400)
    private String scanClasses;

    @Column(name = "request_timeout_ms", nullable = false)
    private int requestTimeoutMillis;

    @Column(name = "heartbeat_tag", length = 80)
    private String heartbeatTag;

    /** When the connection was deleted; a retired connection is never polled again and frees its code. */
    @Column(name = "retired_at")
    private OffsetDateTime retiredAt;

    protected PlcConnection() {
    }

    public PlcConnection(String code, String name, String connectionString, boolean enabled, ScanClasses scanClasses,
                         int requestTimeoutMillis, String heartbeatTag) {
        this.code = checkCode(code);
        change(name, connectionString, enabled, scanClasses, requestTimeoutMillis, heartbeatTag);
    }

    /** Changes everything but the code. */
    public void change(String newName, String newConnectionString, boolean newEnabled, ScanClasses newScanClasses,
                       int newRequestTimeoutMillis, String newHeartbeatTag) {
        String checkedName = required("name", newName, 120);
        String checkedConnection = required("connectionString", newConnectionString, 1000);
        if (newScanClasses == null) {
            throw new InvalidInputException("scanClasses", "is required, e.g. fast=100,normal=1000");
        }
        if (newRequestTimeoutMillis < 100 || newRequestTimeoutMillis > 60_000) {
            throw new InvalidInputException("requestTimeoutMillis", "must be 100..60000");
        }
        String checkedHeartbeat = newHeartbeatTag == null || newHeartbeatTag.isBlank() ? null : newHeartbeatTag.trim();
        if (!checkedName.equals(name) || !checkedConnection.equals(connectionString) || newEnabled != enabled
                || !newScanClasses.text().equals(scanClasses) || newRequestTimeoutMillis != requestTimeoutMillis
                || !Objects.equals(checkedHeartbeat, heartbeatTag)) {
            name = checkedName;
            connectionString = checkedConnection;
            enabled = newEnabled;
            scanClasses = newScanClasses.text();
            requestTimeoutMillis = newRequestTimeoutMillis;
            heartbeatTag = checkedHeartbeat;
            markRowChanged();
        }
    }

    /**
     * Deletes the connection as far as history allows: it is no longer polled or listed and its code is free, but the
     * row stays, since its tags' samples refer to it. Its tags are retired by the caller.
     */
    public void retire(OffsetDateTime at) {
        if (retiredAt == null) {
            enabled = false;
            retiredAt = at;
            markRowChanged();
        }
    }

    static String required(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return trimmed;
    }

    private static String checkCode(String code) {
        String upper = required("code", code, 40).toUpperCase(Locale.ROOT);
        if (!CODE.matcher(upper).matches()) {
            throw new InvalidInputException("code", "must be letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return upper;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getConnectionString() {
        return connectionString;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public ScanClasses getScanClasses() {
        return new ScanClasses(scanClasses);
    }

    public int getRequestTimeoutMillis() {
        return requestTimeoutMillis;
    }

    public String getHeartbeatTag() {
        return heartbeatTag;
    }

    public OffsetDateTime getRetiredAt() {
        return retiredAt;
    }
}
