package org.openmes.plant.service;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.plant.model.PlantNode;

/**
 * Reads of the plant model that other contexts need inside their own transaction and permission check (a job's
 * line code, the equipment on a line), without going through {@link PlantService} and its plant.view permission.
 */
public final class PlantQueries {
    private PlantQueries() {
    }

    /** The codes of the nodes {@code ids}, by id. */
    public static Map<Long, String> codes(EntityManager entityManager, Collection<Long> ids) {
        Map<Long, String> codes = new HashMap<>();
        if (!ids.isEmpty()) {
            entityManager.createQuery("select n from PlantNode n where n.id in :ids", PlantNode.class).setParameter("ids", ids)
                    .getResultStream().forEach(n -> codes.put(n.getId(), n.getCode().value()));
        }
        return codes;
    }

    /** The ids of node {@code rootId} and of every node below it. */
    public static List<Long> subtreeIds(EntityManager entityManager, long rootId) {
        @SuppressWarnings("unchecked")
        List<Object> ids = entityManager.createNativeQuery("with recursive tree(id) as (select cast(?1 as bigint) union all"
                + " select n.id from plant_node n join tree t on n.parent_id = t.id) select id from tree").setParameter(1, rootId).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }
}
