package org.openmes.orders.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The body of a priority change: 1 (highest) to 5 (lowest), and the version of the order changed. */
public class PriorityChange {
    @NotNull
    @Min(1)
    @Max(5)
    private Integer priority;
    private Long version;

    public Integer getPriority() { return priority; }
    public void setPriority(Integer priority) { this.priority = priority; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
