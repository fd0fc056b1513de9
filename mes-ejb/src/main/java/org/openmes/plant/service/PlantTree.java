package org.openmes.plant.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.plant.model.PlantLevel;

/** Builds the plant forest in memory from one flat read of all nodes. */
final class PlantTree {

    /** One node as the tree query reads it: no entity, only what the tree shows. */
    record Row(long id, Long parentId, PlantLevel level, String code, String name, boolean active) {
    }

    private PlantTree() {
    }

    /**
     * Links the rows into a forest of enterprises. Rows must come ordered by code: children keep that
     * order. A row whose parent is not among the rows (left out as inactive) is dropped, and with it
     * its subtree, as nothing reachable from a root leads to it.
     */
    static List<PlantTreeNodeDto> assemble(List<Row> rowsByCode) {
        Map<Long, PlantTreeNodeDto> nodes = new HashMap<>(rowsByCode.size() * 4 / 3 + 1);
        for (Row row : rowsByCode) {
            nodes.put(row.id(), new PlantTreeNodeDto(row.id(), row.level(), row.code(), row.name(), row.active()));
        }
        List<PlantTreeNodeDto> roots = new ArrayList<>();
        for (Row row : rowsByCode) {
            PlantTreeNodeDto node = nodes.get(row.id());
            if (row.parentId() == null) {
                roots.add(node);
            } else {
                PlantTreeNodeDto parent = nodes.get(row.parentId());
                if (parent != null) {
                    parent.getChildren().add(node);
                }
            }
        }
        return roots;
    }
}
