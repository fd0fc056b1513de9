package org.openmes.orders.traveler;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.openmes.orders.model.TravelerCode;

/**
 * What a batch's work traveler shows: the order and where it comes from (customer order and customer, or none for an
 * order to stock), the part, the batch and its quantity, the components to pick for it and the operations to run, each
 * operation with the code its QR carries.
 *
 * @param customerOrder the customer order number (and line), or null for an order to stock
 * @param batchCount how many batches the order is split into
 */
public record Traveler(String orderNumber, String customerOrder, String customerName, String partNumber,
        String revision, String partDescription, String unitOfMeasure, int batchNo, int batchCount, BigDecimal quantity,
        LocalDate dueDate, int priority, TravelerCode code, List<Pick> picks, List<Step> steps) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int QUANTITY_SCALE = 6;

    public Traveler {
        picks = List.copyOf(picks);
        steps = List.copyOf(steps);
    }

    /**
     * A component of the part's own BOM (one level: sub-assemblies come from their own orders) with what to pick for the
     * batch; {@code operationSequence} is the operation it is consumed at, or null.
     */
    public record Pick(int position, String partNumber, String revision, String description, String unitOfMeasure,
            BigDecimal quantityPer, BigDecimal scrapPercent, BigDecimal quantity, Integer operationSequence) {
    }

    /** An operation of the batch: the planned minutes are setup plus run time for the batch's quantity. */
    public record Step(int sequence, String name, String workCenterCode, String workCenterName, BigDecimal setupMinutes,
            BigDecimal runMinutesPerUnit, BigDecimal plannedMinutes, boolean qualityCheck, TravelerCode code) {
    }

    /**
     * What to pick of a component for {@code batchQuantity} units: quantity × quantity per × (1 + scrap / 100), as the
     * BOM explosion extends it, rounded half up to 6 decimals.
     */
    public static BigDecimal extendedQuantity(BigDecimal batchQuantity, BigDecimal quantityPer, BigDecimal scrapPercent) {
        BigDecimal factor = BigDecimal.ONE.add(scrapPercent.divide(HUNDRED, MathContext.DECIMAL128));
        return batchQuantity.multiply(quantityPer, MathContext.DECIMAL128).multiply(factor, MathContext.DECIMAL128)
                .setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
    }

    /** "traveler-MO-000014-2.pdf". */
    public String fileName() {
        return "traveler-" + orderNumber + "-" + batchNo + ".pdf";
    }
}
