package org.openmes.routing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.routing.service.OperationDto;

class OperationRowsTest {

    @Test
    void movingARowSwapsItWithItsNeighbourAndKeepsTheSequenceNumbersInPlace() {
        OperationRows rows = OperationRows.of(List.of(operation(20, "Deburr"), operation(10, "Saw"), operation(30, "Pack")));
        rows.moveUp(2);
        rows.moveDown(0);
        assertEquals(List.of("10 Pack", "20 Saw", "30 Deburr"), shown(rows));
        rows.moveUp(0);
        rows.moveDown(2);
        assertEquals(List.of("10 Pack", "20 Saw", "30 Deburr"), shown(rows), "the ends stay where they are");
    }

    @Test
    void anAddedOperationIsNumberedTenAboveTheHighestAndARemovedOneIsGone() {
        OperationRows rows = OperationRows.of(List.of(operation(10, "Saw"), operation(35, "Drill")));
        rows.add();
        rows.getRows().get(2).setName("Inspect");
        rows.remove(0);
        assertEquals(List.of("35 Drill", "45 Inspect"), shown(rows));
        OperationRows empty = new OperationRows();
        empty.add();
        assertEquals(10, empty.toDtos().get(0).sequence());
        assertEquals(BigDecimal.ZERO, empty.toDtos().get(0).setupMinutes());
    }

    private static OperationDto operation(int sequence, String name) {
        return new OperationDto(null, sequence, name, 7L, "WC-7", "Saw center", BigDecimal.ONE, BigDecimal.TEN, false, false);
    }

    private static List<String> shown(OperationRows rows) {
        return rows.toDtos().stream().map(operation -> operation.sequence() + " " + operation.name()).toList();
    }
}
