package org.openmes.bom.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openmes.bom.model.BomLine;
import org.openmes.bom.model.BomLineSpec;
import org.openmes.bom.model.Part;
import org.openmes.bom.model.PartNumber;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.model.VariantSpec;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.Page;
import org.openmes.common.PageRequest;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.Writes;
import org.openmes.routing.model.OperationStep;
import org.openmes.routing.model.PartRouting;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * The part master: the transaction boundary and the rules that need a query (a part number and revision
 * are unique). Reading needs {@code bom.view}, every change {@code bom.edit}. Other contexts (orders) read
 * parts through {@link #get(long)} and {@link #find(String, String)}.
 */
@Stateless
@RequiresPermission(Permission.BOM_VIEW)
public class PartService {
    static final String RECORD_TYPE = "part";
    /** The revision of a part created without one. */
    public static final String FIRST_REVISION = "A";
    private static final Map<String, String> SORTABLE = Map.of(
            "partNumber", "p.partNumber", "revision", "p.revision", "description", "p.description",
            "productFamily", "p.productFamily", "standardCost", "p.standardCost", "status", "p.status",
            "makeOrBuy", "p.makeOrBuy", "updatedAt", "p.updatedAt");

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /** Creates a new part, or a new revision of an existing part number (a part number and revision pair is unique). */
    @RequiresPermission(Permission.BOM_EDIT)
    public PartDto create(PartDraft draft) {
        requireDraft(draft);
        if (draft.status() != null && draft.status() != PartStatus.ACTIVE) {
            throw new InvalidInputException("status", "a new part is ACTIVE; make it obsolete afterwards if need be");
        }
        PartNumber number = new PartNumber(draft.partNumber());
        String revision = Part.checkRevision(draft.revision() == null ? FIRST_REVISION : draft.revision());
        Part part = new Part(number, revision, draft.description(), draft.unitOfMeasure(), draft.makeOrBuy(),
                draft.productFamily(), draft.standardCost() == null ? BigDecimal.ZERO : draft.standardCost(),
                Boolean.TRUE.equals(draft.prototype()));
        if (lookUp(number, revision) != null) {
            throw duplicate(part);
        }
        em.persist(part);
        Writes.flush(em, () -> duplicate(part), null);
        return toDto(part);
    }

    /** One part revision by id. */
    public PartDto get(long id) {
        return toDto(load(id));
    }

    /** One part revision by its number and revision (both case-insensitive); 404 if there is none. */
    public PartDto find(String partNumber, String revision) {
        PartNumber number = new PartNumber(partNumber);
        String checkedRevision = Part.checkRevision(revision);
        Part part = lookUp(number, checkedRevision);
        if (part == null) {
            throw new NotFoundException(RECORD_TYPE, number + " rev. " + checkedRevision);
        }
        return toDto(part);
    }

    /** Every revision of a part number, oldest (alphabetically first) first; empty if the number is unknown. */
    public List<PartDto> revisions(String partNumber) {
        return em.createQuery("select p from Part p where p.partNumber = :number order by p.revision", Part.class)
                .setParameter("number", new PartNumber(partNumber))
                .getResultList().stream().map(PartService::toDto).toList();
    }

    /**
     * A page of parts, filtered and sorted (partNumber, revision, description, productFamily, standardCost,
     * status, makeOrBuy, updatedAt; default partNumber then revision).
     */
    public Page<PartDto> list(PartFilter filter, PageRequest page) {
        PartFilter f = filter == null ? PartFilter.ALL : filter;
        PageRequest request = page != null ? page : new PageRequest(0, PageRequest.DEFAULT_SIZE, null, true);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (lower(p.partNumber) like :text escape '\\' or lower(p.description) like :text escape '\\')");
            parameters.put("text", "%" + escapeLike(f.text().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.status() != null) {
            where.append(" and p.status = :status");
            parameters.put("status", f.status());
        }
        if (f.makeOrBuy() != null) {
            where.append(" and p.makeOrBuy = :makeOrBuy");
            parameters.put("makeOrBuy", f.makeOrBuy());
        }
        if (f.productFamily() != null && !f.productFamily().isBlank()) {
            where.append(" and p.productFamily = :family");
            parameters.put("family", f.productFamily().strip());
        }
        TypedQuery<Part> select = em.createQuery("select p from Part p" + where + orderBy(request), Part.class);
        parameters.forEach(select::setParameter);
        List<Part> parts = select.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        long total;
        if (request.offset() == 0 && parts.size() < request.size()) {
            total = parts.size();
        } else {
            TypedQuery<Long> count = em.createQuery("select count(p) from Part p" + where, Long.class);
            parameters.forEach(count::setParameter);
            total = count.getSingleResult();
        }
        List<PartDto> items = new ArrayList<>(parts.size());
        parts.forEach(part -> items.add(toDto(part)));
        return new Page<>(items, request.page(), request.size(), total);
    }

    /**
     * Changes description, unit, make/buy, family, standard cost, prototype flag and status of part {@code id};
     * {@code draft.version} must be the stored one.
     */
    @RequiresPermission(Permission.BOM_EDIT)
    public PartDto update(long id, PartDraft draft) {
        requireDraft(draft);
        Part part = load(id);
        if (draft.version() == null) {
            throw new InvalidInputException("version", "is required to update a part: send the version you edited"
                    + " (or an If-Match header)");
        }
        checkVersion(part, draft.version());
        if (draft.partNumber() != null && !new PartNumber(draft.partNumber()).equals(part.getPartNumber())) {
            throw new InvalidInputException("partNumber", "cannot change (" + part + "); create a new part instead");
        }
        if (draft.revision() != null && !Part.checkRevision(draft.revision()).equals(part.getRevision())) {
            throw new InvalidInputException("revision", "cannot change (" + part + "); create a new revision instead");
        }
        part.describe(draft.description());
        if (draft.unitOfMeasure() != null && draft.unitOfMeasure() != part.getUnitOfMeasure() && isInBoms(part)) {
            throw new ConflictException("unitOfMeasure", "part " + part + " is used in BOM lines whose quantities are in "
                    + part.getUnitOfMeasure() + "; create a new revision in " + draft.unitOfMeasure() + " instead");
        }
        part.changeUnitOfMeasure(draft.unitOfMeasure());
        part.changeMakeOrBuy(draft.makeOrBuy());
        part.assignProductFamily(draft.productFamily());
        part.changeStandardCost(draft.standardCost() == null ? part.getStandardCost() : draft.standardCost());
        if (draft.prototype() != null) {
            part.markPrototype(draft.prototype());
        }
        if (draft.status() == PartStatus.OBSOLETE) {
            part.makeObsolete();
        } else if (draft.status() == PartStatus.ACTIVE) {
            part.reactivate();
        }
        long editedVersion = draft.version();
        Writes.flush(em, null, () -> stale(part, editedVersion));
        return toDto(part);
    }

    /**
     * Creates revision {@code newRevision} of part {@code id}: the same data (active, whatever the source's status),
     * a copy of its BOM lines with their variants and a copy of its routing. The source stays as it is; making it
     * obsolete is a separate decision. Refused when a BOM line of the source has an obsolete component or material.
     */
    @RequiresPermission(Permission.BOM_EDIT)
    public PartDto revise(long id, String newRevision) {
        Part source = load(id);
        String revision = Part.checkRevision(newRevision);
        Part copy = new Part(source.getPartNumber(), revision, source.getDescription(), source.getUnitOfMeasure(),
                source.getMakeOrBuy(), source.getProductFamily(), source.getStandardCost(), source.isPrototype());
        if (lookUp(source.getPartNumber(), revision) != null) {
            throw duplicate(copy);
        }
        em.persist(copy);
        List<BomLine> lines = em.createQuery("select l from BomLine l where l.parent = :part order by l.position", BomLine.class)
                .setParameter("part", source).setFlushMode(FlushModeType.COMMIT).getResultList();
        for (BomLine line : lines) {
            em.persist(new BomLine(copy, BomLineSpec.checked(line.getPosition(), line.getComponent(), line.getQuantityPer(),
                    line.getUnitOfMeasure(), line.getScrapPercent(), line.getOperationSequence(), line.getEffectiveFrom(),
                    line.getEffectiveTo(), line.getVariantSelection(), line.getVariants().stream()
                            .map(v -> new VariantSpec(v.getMaterial(), v.getWeightPercent(), v.isPrimary())).toList())));
        }
        em.createQuery("select r from PartRouting r where r.part = :part", PartRouting.class)
                .setParameter("part", source).setFlushMode(FlushModeType.COMMIT).getResultStream().findFirst()
                .ifPresent(routing -> {
                    PartRouting copied = new PartRouting(copy, routing.getTemplate());
                    copied.replaceOperations(routing.getOperations().stream().map(OperationStep::definition).toList());
                    em.persist(copied);
                });
        Writes.flush(em, () -> duplicate(copy), null);
        return toDto(copy);
    }

    private boolean isInBoms(Part part) {
        return !em.createQuery("select l.id from BomLine l where l.component = :part", Long.class).setParameter("part", part)
                .setMaxResults(1).getResultList().isEmpty()
                || !em.createQuery("select v.id from BomVariant v where v.material = :part", Long.class).setParameter("part", part)
                .setMaxResults(1).getResultList().isEmpty();
    }

    private Part load(long id) {
        Part part = em.find(Part.class, id);
        if (part == null) {
            throw new NotFoundException(RECORD_TYPE, id);
        }
        return part;
    }

    private Part lookUp(PartNumber number, String revision) {
        List<Part> found = em.createQuery("select p from Part p where p.partNumber = :number and p.revision = :revision",
                        Part.class)
                .setParameter("number", number)
                .setParameter("revision", revision)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    private static ConflictException duplicate(Part part) {
        return new ConflictException("revision", "part " + part + " already exists");
    }

    private static void checkVersion(Part part, long editedVersion) {
        if (editedVersion != part.getVersion()) {
            throw stale(part, editedVersion);
        }
    }

    private static StaleVersionException stale(Part part, long editedVersion) {
        return new StaleVersionException(RECORD_TYPE, part.getId(), editedVersion, part.getVersion());
    }

    private static void requireDraft(PartDraft draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "a part is required");
        }
    }

    static PartDto toDto(Part part) {
        return new PartDto(part.getId(), part.getPartNumber().value(), part.getRevision(), part.getDescription(),
                part.getUnitOfMeasure(), part.getMakeOrBuy(), part.getProductFamily(), part.getStandardCost(),
                part.getStatus(), part.isPrototype(), part.getVersion(), part.getCreatedAt(), part.getCreatedBy(),
                part.getUpdatedAt(), part.getUpdatedBy());
    }

    private static String orderBy(PageRequest request) {
        if (request.sortProperty() == null) {
            return " order by p.partNumber asc, p.revision asc";
        }
        String path = SORTABLE.get(request.sortProperty());
        if (path == null) {
            throw new InvalidInputException("sort", "cannot sort by " + request.sortProperty() + "; use one of "
                    + String.join(", ", SORTABLE.keySet().stream().sorted().toList()));
        }
        // the id breaks ties, so that paging through equal values neither repeats nor skips a part
        return " order by " + path + (request.ascending() ? " asc" : " desc") + ", p.id asc";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
