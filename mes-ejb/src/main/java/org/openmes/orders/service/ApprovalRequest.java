package org.openmes.orders.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What approving a quote may add: the customer's purchase order number for the customer order, and the priority of
 * the manufacturing orders made (1 highest … 5 lowest, default 3). Both optional.
 */
public class ApprovalRequest implements Serializable {
    private static final long serialVersionUID = 1L;

    @Size(max = 60)
    private String customerPoNumber;
    @Min(1)
    @Max(5)
    private Integer priority;

    public String getCustomerPoNumber() { return customerPoNumber; }
    public void setCustomerPoNumber(String customerPoNumber) { this.customerPoNumber = customerPoNumber; }
    public Integer getPriority() { return priority; }
    public void setPriority(Integer priority) { this.priority = priority; }
}
