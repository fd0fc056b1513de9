package org.openmes.orders.rest;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The body of a split: the quantity of each batch, in batch order, and the version of the order split. */
public class BatchSplit {
    @NotEmpty
    private List<@NotNull BigDecimal> quantities = new ArrayList<>();
    private Long version;

    public List<BigDecimal> getQuantities() { return quantities; }
    public void setQuantities(List<BigDecimal> quantities) { this.quantities = quantities; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
