package org.openmes.orders.service;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A manufacturing order to stock (not from a quote): part, quantity, due date, priority (default 3). */
public class MoDraft implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotNull
    private Long partId;
    @NotNull
    @DecimalMin(value = "0", inclusive = false)
    private BigDecimal quantity;
    @NotNull
    private LocalDate dueDate;
    @Min(1)
    @Max(5)
    private Integer priority;

    public Long getPartId() { return partId; }
    public void setPartId(Long partId) { this.partId = partId; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public Integer getPriority() { return priority; }
    public void setPriority(Integer priority) { this.priority = priority; }
}
