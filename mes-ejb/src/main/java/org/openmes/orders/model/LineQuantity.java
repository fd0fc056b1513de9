package org.openmes.orders.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.openmes.common.InvalidInputException;

/**
 * A quantity of a document's line, named by its number, as the input gives it: what a shipment carries of a
 * customer order line, what a receipt brings in of a supplier purchase order line.
 */
public record LineQuantity(Integer lineNo, BigDecimal quantity) {

    /** Refuses a quantity the line cannot take; {@code field} names the input ({@code lines[1].quantity}). */
    @FunctionalInterface
    interface Check<L> {
        void check(L line, BigDecimal quantity, String field);
    }

    /**
     * Checks every wanted quantity — the line exists in {@code lines}, is named once, the quantity is above zero and
     * passes {@code check} — and only then books them all, so a refusal leaves every line as it was; refusals name the
     * input field ({@code lines[1].lineNo}).
     *
     * @param owner the document, for messages ("customer order SO-000001")
     */
    static <L extends PricedLine> void bookEach(List<LineQuantity> wanted, List<L> lines, Object owner, Check<L> check,
            BiConsumer<L, BigDecimal> book) {
        Set<Integer> seen = new HashSet<>();
        Map<L, BigDecimal> checked = new LinkedHashMap<>();
        for (int i = 0; i < wanted.size(); i++) {
            String field = "lines[" + i + "]";
            LineQuantity spec = wanted.get(i);
            if (spec == null || spec.lineNo() == null) {
                throw new InvalidInputException(field + ".lineNo", "is required");
            }
            if (!seen.add(spec.lineNo())) {
                throw new InvalidInputException(field + ".lineNo", "line " + spec.lineNo() + " is named twice");
            }
            L line = lines.stream().filter(l -> l.getLineNo() == spec.lineNo()).findFirst()
                    .orElseThrow(() -> new InvalidInputException(field + ".lineNo", owner + " has no line " + spec.lineNo()));
            BigDecimal quantity = Quantities.positive(field + ".quantity", spec.quantity());
            check.check(line, quantity, field + ".quantity");
            checked.put(line, quantity);
        }
        checked.forEach(book);
    }
}
