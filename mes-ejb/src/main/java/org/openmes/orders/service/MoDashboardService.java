package org.openmes.orders.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openmes.common.InvalidInputException;
import org.openmes.orders.model.ManufacturingOrder;
import org.openmes.orders.model.MoStatus;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * The MO status dashboard: counts by state, average completion time, on-time delivery, orders more than 24 hours
 * late and the work centers with the most work queued — each one aggregate query in PostgreSQL over the orders the
 * filter selects, never the orders themselves. Times are UTC; an order is due at the end of its due date.
 */
@Stateless
@RequiresPermission(Permission.ORDER_VIEW)
public class MoDashboardService {
    static final int MAX_DELAYED = 20;
    static final int MAX_BOTTLENECKS = 10;
    private static final String OPEN = "mo.status in ('DRAFT', 'APPROVED', 'RELEASED', 'IN_PROGRESS')";
    /** The end of an order's due date. */
    private static final String DUE_END = "(cast(mo.due_date + 1 as timestamp) at time zone 'UTC')";
    private static final String LATE_BY_A_DAY = "now() > " + DUE_END + " + interval '24 hours'";
    private static final String TIMED = "mo.completed_at is not null and mo.released_at is not null";
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    private static final BigDecimal MINUTES_PER_HOUR = BigDecimal.valueOf(60);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    public MoDashboardDto dashboard(MoDashboardFilter filter) {
        MoDashboardFilter f = filter == null ? new MoDashboardFilter(null, null, null, null) : filter;
        check(f);
        Map<MoStatus, Long> byStatus = new EnumMap<>(MoStatus.class);
        long total = 0;
        long timed = 0;
        long completed = 0;
        long onTime = 0;
        long delayedCount = 0;
        BigDecimal seconds = BigDecimal.ZERO;
        for (Object[] row : rows(f, "select mo.status, count(*), count(*) filter (where " + TIMED + "),"
                + " coalesce(sum(extract(epoch from mo.completed_at - mo.released_at)) filter (where " + TIMED + "), 0),"
                + " count(mo.completed_at), count(*) filter (where mo.completed_at <= " + DUE_END + "),"
                + " count(*) filter (where " + OPEN + " and " + LATE_BY_A_DAY + ")"
                + " from manufacturing_order mo where %s group by mo.status", "")) {
            long count = number(row[1]).longValue();
            byStatus.put(MoStatus.valueOf((String) row[0]), count);
            total += count;
            timed += number(row[2]).longValue();
            seconds = seconds.add(number(row[3]));
            completed += number(row[4]).longValue();
            onTime += number(row[5]).longValue();
            delayedCount += number(row[6]).longValue();
        }
        List<MoDashboardDto.StatusCount> counts = new ArrayList<>();
        for (MoStatus status : MoStatus.values()) {
            counts.add(new MoDashboardDto.StatusCount(status, byStatus.getOrDefault(status, 0L)));
        }
        BigDecimal average = timed == 0 ? null : seconds.divide(SECONDS_PER_HOUR.multiply(BigDecimal.valueOf(timed)), 2, RoundingMode.HALF_UP);
        BigDecimal onTimePercent = completed == 0 ? null
                : BigDecimal.valueOf(onTime).multiply(HUNDRED).divide(BigDecimal.valueOf(completed), 1, RoundingMode.HALF_UP);
        return new MoDashboardDto(counts, total, average, completed, onTimePercent, delayedCount, delayed(f), bottlenecks(f));
    }

    /**
     * What the dashboard can be narrowed to: the active departments (areas) and work centers, departments first, by
     * code.
     */
    public List<MoDashboardDto.Scope> scopes() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, level, code, name from plant_node"
                + " where active and level in ('AREA', 'WORK_CENTER') order by level, code").getResultList();
        return rows.stream().map(row -> new MoDashboardDto.Scope(number(row[0]).longValue(),
                "AREA".equals(row[1]) ? "Department " + row[2] + " — " + row[3] : "Work center " + row[2] + " — " + row[3]))
                .toList();
    }

    private List<MoDashboardDto.DelayedOrder> delayed(MoDashboardFilter f) {
        return rows(f, "select mo.id, mo.number, mo.due_date, mo.priority, mo.status,"
                + " extract(epoch from now() - " + DUE_END + ") from manufacturing_order mo"
                + " where %s and " + OPEN + " and " + LATE_BY_A_DAY, " order by mo.due_date, mo.number limit " + MAX_DELAYED)
                .stream().map(row -> new MoDashboardDto.DelayedOrder(number(row[0]).longValue(), (String) row[1],
                        ((Date) row[2]).toLocalDate(), number(row[3]).intValue(), MoStatus.valueOf((String) row[4]),
                        number(row[5]).divide(SECONDS_PER_HOUR, 1, RoundingMode.DOWN))).toList();
    }

    private List<MoDashboardDto.Bottleneck> bottlenecks(MoDashboardFilter f) {
        String atScope = f.plantNodeId() == null ? "" : " and o.work_center_id in (select id from scope)";
        return rows(f, "select o.work_center_id, n.code, n.name, count(*), sum(bo.planned_minutes)"
                + " from mo_batch_operation bo join mo_batch b on b.id = bo.batch_id join mo_operation o on o.id = bo.operation_id"
                + " join manufacturing_order mo on mo.id = b.mo_id join plant_node n on n.id = o.work_center_id"
                + " where %s and b.status in ('RELEASED', 'IN_PROGRESS') and bo.status in ('QUEUED', 'IN_PROGRESS', 'PAUSED')" + atScope
                + " group by o.work_center_id, n.code, n.name", " order by sum(bo.planned_minutes) desc, n.code limit " + MAX_BOTTLENECKS)
                .stream().map(row -> new MoDashboardDto.Bottleneck(number(row[0]).longValue(), (String) row[1], (String) row[2],
                        number(row[3]).longValue(), number(row[4]).divide(MINUTES_PER_HOUR, 2, RoundingMode.HALF_UP))).toList();
    }

    /**
     * Runs {@code select} (its {@code %s} replaced by the filter's conditions on {@code mo}) followed by {@code tail};
     * a plant node filter adds the recursive {@code scope} of the node and every node below it.
     */
    private List<Object[]> rows(MoDashboardFilter f, String select, String tail) {
        List<Object> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        conditions.add("true");
        String scope = "";
        if (f.plantNodeId() != null) {
            parameters.add(f.plantNodeId());
            scope = "with recursive scope(id) as (select cast(?1 as bigint) union all"
                    + " select n.id from plant_node n join scope s on n.parent_id = s.id) ";
            conditions.add("exists (select 1 from mo_operation so where so.mo_id = mo.id and so.work_center_id in (select id from scope))");
        }
        if (f.dueFrom() != null) {
            parameters.add(Date.valueOf(f.dueFrom()));
            conditions.add("mo.due_date >= ?" + parameters.size());
        }
        if (f.dueTo() != null) {
            parameters.add(Date.valueOf(f.dueTo()));
            conditions.add("mo.due_date <= ?" + parameters.size());
        }
        if (f.priority() != null) {
            parameters.add(f.priority());
            conditions.add("mo.priority = ?" + parameters.size());
        }
        Query query = em.createNativeQuery(scope + select.formatted(String.join(" and ", conditions)) + tail);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = query.getResultList();
        return result;
    }

    private void check(MoDashboardFilter f) {
        if (f.dueFrom() != null && f.dueTo() != null && f.dueTo().isBefore(f.dueFrom())) {
            throw new InvalidInputException("dueTo", "must not be before dueFrom (" + f.dueFrom() + ")");
        }
        if (f.priority() != null && (f.priority() < ManufacturingOrder.HIGHEST_PRIORITY || f.priority() > ManufacturingOrder.LOWEST_PRIORITY)) {
            throw new InvalidInputException("priority", "must be between " + ManufacturingOrder.HIGHEST_PRIORITY + " (highest) and "
                    + ManufacturingOrder.LOWEST_PRIORITY + " (lowest)");
        }
        if (f.plantNodeId() != null && em.createNativeQuery("select 1 from plant_node where id = ?1")
                .setParameter(1, f.plantNodeId()).getResultList().isEmpty()) {
            throw new InvalidInputException("plantNodeId", "plant node " + f.plantNodeId() + " does not exist");
        }
    }

    private static BigDecimal number(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
