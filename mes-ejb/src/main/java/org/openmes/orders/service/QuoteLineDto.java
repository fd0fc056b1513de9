package org.openmes.orders.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A quote line as adapters see it. Input: part, quantity, unit price, requested date; output adds the line number,
 * the part's number and description and the amount.
 */
public class QuoteLineDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private Integer lineNo;
    @NotNull
    private Long partId;
    private String partNumber;
    private String partDescription;
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal quantity;
    @NotNull
    @DecimalMin("0")
    private BigDecimal unitPrice;
    @NotNull
    private LocalDate requestedDate;
    private BigDecimal amount;

    public Integer getLineNo() { return lineNo; }
    public void setLineNo(Integer lineNo) { this.lineNo = lineNo; }
    public Long getPartId() { return partId; }
    public void setPartId(Long partId) { this.partId = partId; }
    public String getPartNumber() { return partNumber; }
    public void setPartNumber(String partNumber) { this.partNumber = partNumber; }
    public String getPartDescription() { return partDescription; }
    public void setPartDescription(String partDescription) { this.partDescription = partDescription; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public BigDecimal getUnitPrice() { return unitPrice; }
    public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
    public LocalDate getRequestedDate() { return requestedDate; }
    public void setRequestedDate(LocalDate requestedDate) { this.requestedDate = requestedDate; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
}
