package org.openmes.orders.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.orders.model.MoOperation;

/**
 * What orders read of the part master and routings ({@code org.openmes.bom}, {@code org.openmes.routing}): two
 * queries for any number of parts, in the caller's transaction. Read here rather than through the parts and routing
 * services because the caller's permission is the order action's (approving a quote needs {@code order.approve},
 * not {@code routing.view}), and because a quote of 50 lines must not cost 100 service calls. Read-only: orders
 * copy the routing's operations and never change a part or routing.
 */
@ApplicationScoped
class PartCatalog {

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /** The facts of each existing part among {@code partIds}, by id; unknown ids are absent. */
    Map<Long, PartFacts> facts(Collection<Long> partIds) {
        Map<Long, PartFacts> facts = new HashMap<>();
        if (partIds.isEmpty()) {
            return facts;
        }
        List<Long> ids = partIds.stream().distinct().toList();
        Map<Long, List<MoOperation.Spec>> routings = new HashMap<>();
        em.createQuery("select r.part.id, o.sequence, o.name, o.workCenter.id, o.setupMinutes, o.runMinutesPerUnit,"
                        + " o.qualityCheck, o.allowOverlap from PartRouting r join r.operations o"
                        + " where r.part.id in :ids order by r.part.id, o.sequence", Object[].class)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(row -> routings.computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new MoOperation.Spec((Integer) row[1], (String) row[2], (Long) row[3], (BigDecimal) row[4],
                                (BigDecimal) row[5], (Boolean) row[6], (Boolean) row[7])));
        em.createQuery("select p.id, p.partNumber, p.revision, p.description, p.makeOrBuy, p.status from Part p"
                        + " where p.id in :ids", Object[].class)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(row -> {
                    long id = (Long) row[0];
                    facts.put(id, new PartFacts(id, row[1] + " rev. " + row[2], (String) row[3],
                            "MAKE".equals(String.valueOf(row[4])), "OBSOLETE".equals(String.valueOf(row[5])),
                            List.copyOf(routings.getOrDefault(id, List.of()))));
                });
        return facts;
    }

    /**
     * The facts of the parts of a document's lines, given in line order (null where a line names none: the line's
     * own check names what is missing); a part that does not exist is refused on {@code lines[i].partId} (400), an
     * obsolete one too (409), with {@code use} saying what cannot be done with it ("quoted").
     */
    Map<Long, PartFacts> forLines(List<Long> partIdsByLine, String use) {
        Map<Long, PartFacts> facts = facts(partIdsByLine.stream().filter(Objects::nonNull).toList());
        for (int i = 0; i < partIdsByLine.size(); i++) {
            Long partId = partIdsByLine.get(i);
            if (partId == null) {
                continue;
            }
            PartFacts part = facts.get(partId);
            if (part == null) {
                throw new InvalidInputException("lines[" + i + "].partId", "part " + partId + " does not exist");
            }
            if (part.obsolete()) {
                throw new ConflictException("lines[" + i + "].partId", "part " + part.partNumber()
                        + " is obsolete and cannot be " + use);
            }
        }
        return facts;
    }
}
