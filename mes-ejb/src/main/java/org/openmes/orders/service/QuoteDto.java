package org.openmes.orders.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.openmes.orders.model.QuoteStatus;

/**
 * A quote as adapters see it: input of create/update (customer, validity, notes, lines) and output of reads.
 * Read-only fields (id, number, status, customer code and name, total, order made from it, audit stamps) are
 * ignored on input; the number is given by the MES.
 */
public class QuoteDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Long id;
    private String number;
    @NotNull
    private Long customerId;
    private String customerCode;
    private String customerName;
    @NotNull
    private LocalDate validUntil;
    private QuoteStatus status;
    @Size(max = 2000)
    private String notes;
    @Valid
    @NotNull
    @Size(max = 1000)
    private List<QuoteLineDto> lines = new ArrayList<>();
    private BigDecimal total;
    private Long customerOrderId;
    /** Version the client edited; required for updates (or given as an If-Match ETag). */
    private Long version;
    private OffsetDateTime createdAt;
    private String createdBy;
    private OffsetDateTime updatedAt;
    private String updatedBy;

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }
    public String getCustomerCode() { return customerCode; }
    public void setCustomerCode(String customerCode) { this.customerCode = customerCode; }
    public String getCustomerName() { return customerName; }
    public void setCustomerName(String customerName) { this.customerName = customerName; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public QuoteStatus getStatus() { return status; }
    public void setStatus(QuoteStatus status) { this.status = status; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public List<QuoteLineDto> getLines() { return lines; }
    public void setLines(List<QuoteLineDto> lines) { this.lines = lines; }
    public BigDecimal getTotal() { return total; }
    public void setTotal(BigDecimal total) { this.total = total; }
    public Long getCustomerOrderId() { return customerOrderId; }
    public void setCustomerOrderId(Long customerOrderId) { this.customerOrderId = customerOrderId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public void setCreatedAt(OffsetDateTime createdAt) { this.createdAt = createdAt; }
    public String getCreatedBy() { return createdBy; }
    public void setCreatedBy(String createdBy) { this.createdBy = createdBy; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(OffsetDateTime updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
}
