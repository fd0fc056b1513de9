package org.openmes.quality.service;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * An inspector's verdict on the units an operation awaits inspection with: {@code result} PASS, FAIL or REWORK;
 * for FAIL and REWORK the units scrapped or sent back ({@code quantityRejected}) and the {@code defectReason};
 * optionally what was measured and notes; and the version of the batch operation the inspector saw.
 */
public class InspectionRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    private String result;
    private BigDecimal quantityRejected;
    private String defectReason;
    private String measurement;
    private String notes;
    private Long version;

    public String getResult() { return result; }
    public void setResult(String result) { this.result = result; }
    public BigDecimal getQuantityRejected() { return quantityRejected; }
    public void setQuantityRejected(BigDecimal quantityRejected) { this.quantityRejected = quantityRejected; }
    public String getDefectReason() { return defectReason; }
    public void setDefectReason(String defectReason) { this.defectReason = defectReason; }
    public String getMeasurement() { return measurement; }
    public void setMeasurement(String measurement) { this.measurement = measurement; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
