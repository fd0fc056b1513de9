package org.openmes.orders.traveler;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openmes.common.NotFoundException;
import org.openmes.orders.model.CustomerOrderLine;
import org.openmes.orders.model.ManufacturingOrder;
import org.openmes.orders.model.MoBatch;
import org.openmes.orders.model.MoBatchOperation;
import org.openmes.orders.model.MoOperation;
import org.openmes.orders.model.TravelerCode;
import org.openmes.plant.model.PlantCode;

/**
 * Reads what a batch's traveler shows, in the caller's transaction: the batch with its order and operations, then the
 * part, its BOM lines effective today and the work centers in one query each. The part master and BOM are read here
 * rather than through their services for the reason {@code PartCatalog} gives: whoever may see an order may print its
 * traveler.
 */
@ApplicationScoped
class TravelerReader {
    static final String RECORD_TYPE = "batch";

    /** The part's own BOM lines effective on a day (?2), components by position. */
    private static final String PICKS = """
            select l.position, p.part_number, p.revision, p.description, l.unit_of_measure, l.quantity_per, l.scrap_percent,
                   l.operation_sequence
              from bom_line l join part p on p.id = l.component_part_id
             where l.parent_part_id = ?1
               and (l.effective_from is null or l.effective_from <= ?2) and (l.effective_to is null or l.effective_to >= ?2)
             order by l.position
            """;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    Traveler read(long batchId) {
        MoBatch batch = em.find(MoBatch.class, batchId);
        if (batch == null) {
            throw new NotFoundException(RECORD_TYPE, batchId);
        }
        ManufacturingOrder mo = batch.getOrder();
        Object[] part = em.createQuery("select p.partNumber, p.revision, p.description, p.unitOfMeasure from Part p"
                        + " where p.id = :id", Object[].class)
                .setParameter("id", mo.getPartId()).setFlushMode(FlushModeType.COMMIT).getSingleResult();
        List<MoBatchOperation> operations = batch.getOperations().stream()
                .sorted(Comparator.comparingInt(op -> op.getOperation().getSequence())).toList();
        Map<Long, String[]> workCenters = workCenters(operations.stream().map(op -> op.getOperation().getWorkCenterId())
                .distinct().toList());
        List<Traveler.Step> steps = operations.stream().map(op -> {
            MoOperation operation = op.getOperation();
            String[] workCenter = workCenters.get(operation.getWorkCenterId());
            return new Traveler.Step(operation.getSequence(), operation.getName(), workCenter[0], workCenter[1],
                    operation.getSetupMinutes(), operation.getRunMinutesPerUnit(), op.getPlannedMinutes(),
                    operation.isQualityCheck(), TravelerCode.operation(op.getId()));
        }).toList();
        CustomerOrderLine line = mo.getCustomerOrderLine();
        return new Traveler(mo.getNumber(),
                line == null ? null : line.getOrder().getNumber() + " line " + line.getLineNo(),
                line == null ? null : line.getOrder().getCustomer().getName(),
                String.valueOf(part[0]), (String) part[1], (String) part[2], String.valueOf(part[3]),
                batch.getBatchNo(), mo.getBatches().size(), batch.getQuantity(), mo.getDueDate(), mo.getPriority(),
                TravelerCode.batch(batch.getId()), picks(mo.getPartId(), batch.getQuantity()), steps);
    }

    private List<Traveler.Pick> picks(long partId, BigDecimal batchQuantity) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PICKS).setParameter(1, partId)
                .setParameter(2, Date.valueOf(LocalDate.now(ZoneOffset.UTC))).getResultList();
        return rows.stream().map(c -> new Traveler.Pick(((Number) c[0]).intValue(), (String) c[1], (String) c[2],
                (String) c[3], (String) c[4], (BigDecimal) c[5], (BigDecimal) c[6],
                Traveler.extendedQuantity(batchQuantity, (BigDecimal) c[5], (BigDecimal) c[6]),
                c[7] == null ? null : ((Number) c[7]).intValue())).toList();
    }

    /** Code and name of each work center, by id. */
    private Map<Long, String[]> workCenters(List<Long> ids) {
        Map<Long, String[]> found = new HashMap<>();
        em.createQuery("select n.id, n.code, n.name from PlantNode n where n.id in :ids", Object[].class)
                .setParameter("ids", ids).setFlushMode(FlushModeType.COMMIT).getResultList()
                .forEach(row -> found.put((Long) row[0], new String[] {((PlantCode) row[1]).value(), (String) row[2]}));
        return found;
    }
}
