package org.openmes.telemetry.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A PLC connection as adapters see it. {@code id} and {@code version} are output only. */
public class PlcConnectionDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    @NotBlank
    @Size(max = 40)
    private String code;
    @NotBlank
    @Size(max = 120)
    private String name;
    @NotBlank
    @Size(max = 1000)
    private String connectionString;
    private Boolean enabled;
    @NotBlank
    @Size(max = 400)
    private String scanClasses;
    @NotNull
    @Min(100)
    @Max(60000)
    private Integer requestTimeoutMillis;
    @Size(max = 80)
    private String heartbeatTag;
    private Long version;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getConnectionString() { return connectionString; }
    public void setConnectionString(String connectionString) { this.connectionString = connectionString; }
    public Boolean getEnabled() { return enabled; }
    public void setEnabled(Boolean enabled) { this.enabled = enabled; }
    public String getScanClasses() { return scanClasses; }
    public void setScanClasses(String scanClasses) { this.scanClasses = scanClasses; }
    public Integer getRequestTimeoutMillis() { return requestTimeoutMillis; }
    public void setRequestTimeoutMillis(Integer requestTimeoutMillis) { this.requestTimeoutMillis = requestTimeoutMillis; }
    public String getHeartbeatTag() { return heartbeatTag; }
    public void setHeartbeatTag(String heartbeatTag) { this.heartbeatTag = heartbeatTag; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
