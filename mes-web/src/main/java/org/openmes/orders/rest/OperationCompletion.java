package org.openmes.orders.rest;

import java.math.BigDecimal;

/**
 * The body of a completion at a workstation: good and scrap units made since the last report, whether the
 * operation goes on ({@code partial}, default false: this is the final completion), and the version of the
 * operation the operator saw.
 */
public class OperationCompletion {
    private BigDecimal goodQuantity;
    private BigDecimal scrapQuantity;
    private boolean partial;
    private Long version;

    public BigDecimal getGoodQuantity() { return goodQuantity; }
    public void setGoodQuantity(BigDecimal goodQuantity) { this.goodQuantity = goodQuantity; }
    public BigDecimal getScrapQuantity() { return scrapQuantity; }
    public void setScrapQuantity(BigDecimal scrapQuantity) { this.scrapQuantity = scrapQuantity; }
    public boolean isPartial() { return partial; }
    public void setPartial(boolean partial) { this.partial = partial; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
