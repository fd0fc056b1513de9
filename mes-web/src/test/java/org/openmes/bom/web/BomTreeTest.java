package org.openmes.bom.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.bom.service.ExplosionRowDto;
import org.primefaces.model.TreeNode;

class BomTreeTest {

    private static ExplosionRowDto row(int level, long partId) {
        return new ExplosionRowDto(level, partId, 0, 10, partId, "P" + partId, "A", "part", UnitOfMeasure.EA, MakeOrBuy.BUY,
                BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, null, false);
    }

    @Test
    void eachRowHangsUnderTheLastRowOneLevelUp() {
        TreeNode<ExplosionRowDto> root = PartView.tree(List.of(row(1, 1), row(2, 2), row(3, 3), row(2, 4), row(1, 5)));
        assertEquals(List.of(1L, 5L), root.getChildren().stream().map(n -> n.getData().partId()).toList());
        TreeNode<ExplosionRowDto> first = root.getChildren().get(0);
        assertEquals(List.of(2L, 4L), first.getChildren().stream().map(n -> n.getData().partId()).toList());
        assertEquals(3L, first.getChildren().get(0).getChildren().get(0).getData().partId());
    }
}
