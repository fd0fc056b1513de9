package org.openmes.bom.service;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.bom.model.BomLine;
import org.openmes.bom.model.BomLineSpec;
import org.openmes.bom.model.BomVariant;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.Part;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.bom.model.VariantSpec;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.MesException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.Writes;
import org.openmes.routing.model.PartRouting;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * Bills of materials: the lines of each part revision with their variants, explosion and where-used. Reading
 * needs {@code bom.view}, every change {@code bom.edit}.
 * <p>
 * No part may contain itself at any depth, through components or material variants. Every change of the BOM
 * structure takes one transaction-scoped advisory lock first, so structure changes run one after the other and
 * two concurrent changes cannot together close a cycle that each alone would not; then a recursive query walks
 * everything below each new child, and a path back to the parent is refused naming it.
 */
@Stateless
@RequiresPermission(Permission.BOM_VIEW)
public class BomService {
    private static final String LINE = "BOM line";
    /** Key of the advisory lock that serialises changes of the BOM structure. */
    private static final long STRUCTURE_LOCK = 0x0B0A_5EED_0006L;
    static final String MAX_ROWS_KEY = "mes.bom.explosion.max-rows";

    /** Lines of the root's BOM and of every part below it, effective on a day (?2), components only. */
    private static final String EXPLOSION = """
            with recursive reach(part_id) as (
                select cast(?1 as bigint)
                union
                select l.component_part_id from bom_line l join reach r on l.parent_part_id = r.part_id
                 where (l.effective_from is null or l.effective_from <= ?2) and (l.effective_to is null or l.effective_to >= ?2)
            )
            select l.id, l.parent_part_id, l.position, l.component_part_id, p.part_number, p.revision, p.description,
                   p.unit_of_measure, p.make_or_buy, l.quantity_per, l.scrap_percent, l.operation_sequence
              from bom_line l join reach r on l.parent_part_id = r.part_id join part p on p.id = l.component_part_id
             where (l.effective_from is null or l.effective_from <= ?2) and (l.effective_to is null or l.effective_to >= ?2)
            """;

    /** Every parent-child edge (component or variant material) reachable downwards from ?1. */
    private static final String EDGES_BELOW = """
            with recursive edge(parent_id, child_id) as (
                select parent_part_id, component_part_id from bom_line
                union
                select l.parent_part_id, v.material_part_id from bom_variant v join bom_line l on l.id = v.line_id
            ), reach(parent_id, child_id) as (
                select parent_id, child_id from edge where parent_id = ?1
                union
                select e.parent_id, e.child_id from edge e join reach r on e.parent_id = r.child_id
            )
            select parent_id, child_id from reach
            """;

    /** Every BOM line above ?1 (using it or a part above it, as component or variant), with the child it uses. */
    private static final String LINES_ABOVE = """
            with recursive edge(line_id, parent_id, child_id, as_variant) as (
                select id, parent_part_id, component_part_id, false from bom_line
                union all
                select l.id, l.parent_part_id, v.material_part_id, true from bom_variant v join bom_line l on l.id = v.line_id
            ), reach(line_id, parent_id, child_id, as_variant) as (
                select line_id, parent_id, child_id, as_variant from edge where child_id = ?1
                union
                select e.line_id, e.parent_id, e.child_id, e.as_variant from edge e join reach r on e.child_id = r.parent_id
            )
            select r.line_id, r.parent_id, r.child_id, r.as_variant, l.quantity_per, l.unit_of_measure,
                   p.part_number, p.revision, p.description, c.part_number
              from reach r join bom_line l on l.id = r.line_id join part p on p.id = r.parent_id join part c on c.id = r.child_id
            """;

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    @ConfigProperty(name = MAX_ROWS_KEY, defaultValue = "100000")
    int maxExplosionRows;

    /** The lines of part {@code partId}'s own BOM, by position, with their variants. */
    public List<BomLineDto> bom(long partId) {
        Part parent = loadPart(partId, null);
        return em.createQuery("select l from BomLine l join fetch l.component where l.parent = :parent order by l.position",
                        BomLine.class)
                .setParameter("parent", parent)
                .getResultList().stream().map(BomService::toDto).toList();
    }

    /** Adds a line to part {@code partId}'s BOM. */
    @RequiresPermission(Permission.BOM_EDIT)
    public BomLineDto addLine(long partId, BomLineDraft draft) {
        requireDraft(draft);
        lockStructure();
        Part parent = loadPart(partId, null);
        BomLineSpec spec = spec(parent, draft);
        BomLine line = new BomLine(parent, spec);
        checkNoCycle(parent, spec, Set.of());
        checkPositionIsFree(parent, spec.position(), null);
        em.persist(line);
        Writes.flush(em, () -> positionTaken(parent, spec.position()), null);
        return toDto(line);
    }

    /** Replaces line {@code lineId} of part {@code partId}'s BOM, variants included; {@code draft.version} is required. */
    @RequiresPermission(Permission.BOM_EDIT)
    public BomLineDto changeLine(long partId, long lineId, BomLineDraft draft) {
        requireDraft(draft);
        if (draft.version() == null) {
            throw new InvalidInputException("version", "is required to change a BOM line: send the version you edited"
                    + " (or an If-Match header)");
        }
        lockStructure();
        BomLine line = loadLine(partId, lineId);
        long edited = draft.version();
        if (edited != line.getVersion()) {
            throw new StaleVersionException(LINE, lineId, edited, line.getVersion());
        }
        Part parent = line.getParent();
        BomLineSpec spec = spec(parent, draft);
        Set<Part> existing = new HashSet<>();
        existing.add(line.getComponent());
        line.getVariants().forEach(variant -> existing.add(variant.getMaterial()));
        checkNoCycle(parent, spec, existing);
        if (spec.position() != line.getPosition()) {
            checkPositionIsFree(parent, spec.position(), line.getId());
        }
        if (line.change(spec)) {
            em.lock(line, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Writes.flush(em, () -> positionTaken(parent, spec.position()), () -> lostRace(lineId, edited));
        return toDto(line);
    }

    /** Removes line {@code lineId} from part {@code partId}'s BOM. */
    @RequiresPermission(Permission.BOM_EDIT)
    public void removeLine(long partId, long lineId) {
        lockStructure();
        em.remove(loadLine(partId, lineId));
        em.flush();
    }

    /**
     * Part {@code partId}'s BOM exploded to {@code maxLevels} levels (null: all) for {@code quantity} units (null: 1)
     * with the lines effective on {@code asOf} (null: today, UTC). No transaction of its own: one read.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ExplosionDto explode(long partId, BigDecimal quantity, LocalDate asOf, Integer maxLevels) {
        BigDecimal units = quantity == null ? BigDecimal.ONE : quantity;
        if (units.signum() <= 0) {
            throw new InvalidInputException("quantity", "must be greater than 0");
        }
        if (maxLevels != null && maxLevels < 1) {
            throw new InvalidInputException("levels", "must be 1 or more");
        }
        LocalDate day = asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf;
        Part root = loadPart(partId, null);
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery(EXPLOSION)
                .setParameter(1, root.getId())
                .setParameter(2, Date.valueOf(day))
                .getResultList();
        List<Explosion.Line> lines = new ArrayList<>(columns.size());
        for (Object[] c : columns) {
            lines.add(new Explosion.Line(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), ((Number) c[2]).intValue(),
                    ((Number) c[3]).longValue(), (String) c[4], (String) c[5], (String) c[6], UnitOfMeasure.valueOf((String) c[7]),
                    MakeOrBuy.valueOf((String) c[8]), (BigDecimal) c[9], (BigDecimal) c[10],
                    c[11] == null ? null : ((Number) c[11]).intValue()));
        }
        Explosion explosion = Explosion.of(root.getId(), units, lines, maxExplosionRows,
                maxLevels == null ? Integer.MAX_VALUE : maxLevels);
        return new ExplosionDto(PartService.toDto(root), units, day, explosion.depth(), explosion.rows(),
                explosion.requirements());
    }

    /**
     * The BOM lines that use part {@code partId} as component or variant: directly, or with {@code allLevels} also
     * the lines above them up to the top assemblies; nearest first. Effective dates are not considered: a line
     * that uses the part at any time counts.
     */
    public List<WhereUsedDto> whereUsed(long partId, boolean allLevels) {
        Part part = loadPart(partId, null);
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery(LINES_ABOVE).setParameter(1, part.getId()).getResultList();
        // the level of each part above: its shortest distance from the part, found breadth-first
        Map<Long, List<Object[]>> byChild = new HashMap<>();
        for (Object[] c : columns) {
            byChild.computeIfAbsent(((Number) c[2]).longValue(), child -> new ArrayList<>()).add(c);
        }
        List<WhereUsedDto> result = new ArrayList<>();
        Map<Long, Integer> levelOf = new LinkedHashMap<>();
        levelOf.put(part.getId(), 0);
        Deque<Long> pending = new ArrayDeque<>(List.of(part.getId()));
        Set<Long> lineSeen = new HashSet<>();
        while (!pending.isEmpty()) {
            long child = pending.poll();
            int level = levelOf.get(child) + 1;
            if (!allLevels && level > 1) {
                break;
            }
            for (Object[] c : byChild.getOrDefault(child, List.of())) {
                long lineId = ((Number) c[0]).longValue();
                boolean asVariant = (Boolean) c[3];
                if (!lineSeen.add(asVariant ? -lineId : lineId)) {
                    continue;
                }
                long parentId = ((Number) c[1]).longValue();
                result.add(new WhereUsedDto(level, lineId, parentId, (String) c[6], (String) c[7], (String) c[8], child,
                        (String) c[9], (BigDecimal) c[4], UnitOfMeasure.valueOf((String) c[5]), asVariant));
                if (levelOf.putIfAbsent(parentId, level) == null) {
                    pending.add(parentId);
                }
            }
        }
        return result;
    }

    private BomLineSpec spec(Part parent, BomLineDraft draft) {
        Part component = draft.componentId() == null ? null : loadPart(draft.componentId(), "componentId");
        List<VariantSpec> variants = new ArrayList<>();
        if (draft.variants() != null) {
            for (int i = 0; i < draft.variants().size(); i++) {
                String field = "variants[" + i + "]";
                VariantDto variant = draft.variants().get(i);
                if (variant == null) {
                    throw new InvalidInputException(field, "is empty");
                }
                Part material = variant.materialId() == null ? null : loadPart(variant.materialId(), field + ".materialId");
                variants.add(VariantSpec.checked(field, material, variant.weightPercent(), Boolean.TRUE.equals(variant.primary())));
            }
        }
        BomLineSpec spec = BomLineSpec.checked(draft.position(), component, draft.quantityPer(), draft.unitOfMeasure(),
                draft.scrapPercent(), draft.operationSequence(), draft.effectiveFrom(), draft.effectiveTo(),
                draft.variantSelection(), variants);
        checkOperation(parent, spec.operationSequence());
        return spec;
    }

    /** The operation at which a line is consumed must be one of the parent's routing, once it has a routing. */
    private void checkOperation(Part parent, Integer sequence) {
        if (sequence == null) {
            return;
        }
        List<PartRouting> routing = em.createQuery("select r from PartRouting r where r.part = :part", PartRouting.class)
                .setParameter("part", parent).setFlushMode(FlushModeType.COMMIT).getResultList();
        if (!routing.isEmpty() && routing.get(0).getOperations().stream().noneMatch(o -> o.getSequence() == sequence)) {
            throw new InvalidInputException("operationSequence", "the routing of part " + parent + " has no operation "
                    + sequence);
        }
    }

    /**
     * Refuses each child the spec puts under {@code parent} (component, variant materials; those in {@code existing}
     * were there before and are not checked again) from which a path leads back to the parent, naming the path.
     */
    private void checkNoCycle(Part parent, BomLineSpec spec, Set<Part> existing) {
        Map<Part, String> children = new LinkedHashMap<>();
        children.put(spec.component(), "componentId");
        for (int i = 0; i < spec.variants().size(); i++) {
            children.putIfAbsent(spec.variants().get(i).material(), "variants[" + i + "].materialId");
        }
        for (Map.Entry<Part, String> child : children.entrySet()) {
            if (existing.contains(child.getKey())) {
                continue;
            }
            if (child.getKey() == parent) {
                throw new ConflictException(child.getValue(), "part " + parent + " cannot contain itself");
            }
            List<Long> path = pathBelow(child.getKey().getId(), parent.getId());
            if (path != null) {
                StringBuilder names = new StringBuilder(parent.toString());
                for (long id : path) {
                    names.append(" → ").append(em.find(Part.class, id));
                }
                throw new ConflictException(child.getValue(), "adding part " + child.getKey() + " to the BOM of " + parent
                        + " would make a cycle: " + names + " (a part cannot contain itself at any depth)");
            }
        }
    }

    /** The shortest path of part ids from {@code from} down to {@code to} (both included), or null if there is none. */
    private List<Long> pathBelow(long from, long to) {
        @SuppressWarnings("unchecked")
        List<Object[]> edges = em.createNativeQuery(EDGES_BELOW).setParameter(1, from).getResultList();
        Map<Long, List<Long>> children = new HashMap<>();
        for (Object[] e : edges) {
            children.computeIfAbsent(((Number) e[0]).longValue(), p -> new ArrayList<>()).add(((Number) e[1]).longValue());
        }
        Map<Long, Long> cameFrom = new HashMap<>();
        cameFrom.put(from, null);
        Deque<Long> pending = new ArrayDeque<>(List.of(from));
        while (!pending.isEmpty()) {
            long current = pending.poll();
            if (current == to) {
                List<Long> path = new ArrayList<>();
                for (Long step = current; step != null; step = cameFrom.get(step)) {
                    path.add(0, step);
                }
                return path;
            }
            for (long child : children.getOrDefault(current, List.of())) {
                if (!cameFrom.containsKey(child)) {
                    cameFrom.put(child, current);
                    pending.add(child);
                }
            }
        }
        return null;
    }

    private void lockStructure() {
        em.createNativeQuery("select pg_advisory_xact_lock(?1)").setParameter(1, STRUCTURE_LOCK)
                .setFlushMode(FlushModeType.COMMIT).getSingleResult();
    }

    private void checkPositionIsFree(Part parent, int position, Long exceptLineId) {
        List<Long> holders = em.createQuery("select l.id from BomLine l where l.parent = :parent and l.position = :position",
                        Long.class)
                .setParameter("parent", parent).setParameter("position", position)
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        if (holders.stream().anyMatch(holder -> !holder.equals(exceptLineId))) {
            throw positionTaken(parent, position);
        }
    }

    private static ConflictException positionTaken(Part parent, int position) {
        return new ConflictException("position", "the BOM of part " + parent + " has a line at position " + position
                + " already");
    }

    /** A part by id; {@code field} names the input it came from (400), or null when it is the addressed part (404). */
    private Part loadPart(long id, String field) {
        Part part = em.find(Part.class, id);
        if (part == null) {
            if (field != null) {
                throw new InvalidInputException(field, "part " + id + " does not exist");
            }
            throw new NotFoundException(PartService.RECORD_TYPE, id);
        }
        return part;
    }

    private BomLine loadLine(long partId, long lineId) {
        BomLine line = em.find(BomLine.class, lineId);
        if (line == null || line.getParent().getId() != partId) {
            throw new NotFoundException(LINE, lineId + " of part " + partId);
        }
        return line;
    }

    /**
     * The line's row changed between our read and our write, which the structure lock rules out for writes through
     * this service: a change by SQL or by another server the shared cache has not seen. Says the version stored now.
     */
    private MesException lostRace(long lineId, long edited) {
        em.getEntityManagerFactory().getCache().evict(BomLine.class, lineId);
        List<Long> stored = em.createQuery("select l.version from BomLine l where l.id = :id", Long.class)
                .setParameter("id", lineId).setFlushMode(FlushModeType.COMMIT).getResultList();
        return stored.isEmpty() ? new NotFoundException(LINE, lineId) : new StaleVersionException(LINE, lineId, edited, stored.get(0));
    }

    private static void requireDraft(BomLineDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a BOM line is required");
        }
    }

    static BomLineDto toDto(BomLine line) {
        Part component = line.getComponent();
        return new BomLineDto(line.getId(), line.getParent().getId(), line.getPosition(), component.getId(),
                component.getPartNumber().value(), component.getRevision(), component.getDescription(),
                component.getMakeOrBuy(), component.getStatus(), line.getQuantityPer(), line.getUnitOfMeasure(),
                line.getScrapPercent(), line.getOperationSequence(), line.getEffectiveFrom(), line.getEffectiveTo(),
                line.getVariantSelection(), line.getVersion(), line.getVariants().stream().map(BomService::toDto).toList());
    }

    private static VariantDto toDto(BomVariant variant) {
        Part material = variant.getMaterial();
        return new VariantDto(variant.getId(), material.getId(), material.getPartNumber().value(), material.getRevision(),
                variant.getWeightPercent(), variant.isPrimary());
    }
}
