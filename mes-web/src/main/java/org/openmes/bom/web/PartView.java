package org.openmes.bom.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.openmes.bom.model.MakeOrBuy;
import org.openmes.bom.model.PartStatus;
import org.openmes.bom.model.UnitOfMeasure;
import org.openmes.bom.service.BomService;
import org.openmes.bom.service.ExplosionRowDto;
import org.openmes.bom.service.PartDraft;
import org.openmes.bom.service.PartDto;
import org.openmes.bom.service.PartService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.routing.service.PartRoutingDto;
import org.openmes.routing.service.RoutingService;
import org.openmes.routing.service.RoutingTemplateDto;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Backing bean of {@code /part.xhtml?id=}: the part's data as a form (a new part without an id), its BOM exploded to
 * every level as a tree (quantities for one unit, lines effective today), and its routing, which can be created
 * from a template here.
 */
@Named
@ViewScoped
public class PartView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "partForm";

    @EJB
    private PartService partService;

    @EJB
    private BomService bomService;

    @EJB
    private RoutingService routingService;

    private Long id;
    private PartDto part;
    private String partNumber;
    private String revision;
    private String description;
    private UnitOfMeasure unitOfMeasure = UnitOfMeasure.EA;
    private MakeOrBuy makeOrBuy = MakeOrBuy.MAKE;
    private String productFamily;
    private BigDecimal standardCost = BigDecimal.ZERO;
    private PartStatus status = PartStatus.ACTIVE;
    private boolean prototype;
    private TreeNode<ExplosionRowDto> bomTree;
    private int bomLines;
    private PartRoutingDto routing;
    private List<RoutingTemplateDto> templates = List.of();
    private Long templateId;

    /** Loads the part named by the {@code id} view parameter (nothing for a new part). */
    public void load() {
        if (id != null) {
            ActionFeedback.run(FORM, () -> show(partService.get(id)));
        }
    }

    public void save() {
        ActionFeedback.run(FORM, () -> {
            PartDraft draft = new PartDraft(partNumber, revision, description, unitOfMeasure, makeOrBuy, productFamily,
                    standardCost, status, prototype, part == null ? null : part.version());
            show(part == null ? partService.create(draft) : partService.update(part.id(), draft));
            ActionFeedback.info("Part " + part.partNumber() + " rev. " + part.revision() + " saved");
        });
    }

    public void createRouting() {
        ActionFeedback.run(FORM, () -> {
            routing = routingService.createRouting(part.id(), templateId);
            ActionFeedback.info("Routing created");
        });
    }

    private void show(PartDto shown) {
        part = shown;
        id = shown.id();
        partNumber = shown.partNumber();
        revision = shown.revision();
        description = shown.description();
        unitOfMeasure = shown.unitOfMeasure();
        makeOrBuy = shown.makeOrBuy();
        productFamily = shown.productFamily();
        standardCost = shown.standardCost();
        status = shown.status();
        prototype = shown.prototype();
        List<ExplosionRowDto> rows = bomService.explode(shown.id(), BigDecimal.ONE, null, null).rows();
        bomTree = tree(rows);
        bomLines = rows.size();
        routing = routingService.routingOf(shown.id()).orElse(null);
        templates = routingService.templates();
    }

    /** Rows come depth-first with their level: each hangs under the last row one level up. */
    static TreeNode<ExplosionRowDto> tree(List<ExplosionRowDto> rows) {
        TreeNode<ExplosionRowDto> root = new DefaultTreeNode<>(null, null);
        Deque<TreeNode<ExplosionRowDto>> path = new ArrayDeque<>();
        path.push(root);
        for (ExplosionRowDto row : rows) {
            while (path.size() > row.level()) {
                path.pop();
            }
            TreeNode<ExplosionRowDto> node = new DefaultTreeNode<>(row, path.peek());
            node.setExpanded(row.level() < 2);
            path.push(node);
        }
        return root;
    }

    /** Whether the page creates a new part (no part loaded yet). */
    public boolean isCreating() {
        return part == null;
    }

    public PartDto getPart() {
        return part;
    }

    public UnitOfMeasure[] getUnits() {
        return UnitOfMeasure.values();
    }

    public MakeOrBuy[] getMakeOrBuyValues() {
        return MakeOrBuy.values();
    }

    public PartStatus[] getStatuses() {
        return PartStatus.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public String getRevision() {
        return revision;
    }

    public void setRevision(String revision) {
        this.revision = revision;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UnitOfMeasure getUnitOfMeasure() {
        return unitOfMeasure;
    }

    public void setUnitOfMeasure(UnitOfMeasure unitOfMeasure) {
        this.unitOfMeasure = unitOfMeasure;
    }

    public MakeOrBuy getMakeOrBuy() {
        return makeOrBuy;
    }

    public void setMakeOrBuy(MakeOrBuy makeOrBuy) {
        this.makeOrBuy = makeOrBuy;
    }

    public String getProductFamily() {
        return productFamily;
    }

    public void setProductFamily(String productFamily) {
        this.productFamily = productFamily;
    }

    public BigDecimal getStandardCost() {
        return standardCost;
    }

    public void setStandardCost(BigDecimal standardCost) {
        this.standardCost = standardCost;
    }

    public PartStatus getStatus() {
        return status;
    }

    public void setStatus(PartStatus status) {
        this.status = status;
    }

    public boolean isPrototype() {
        return prototype;
    }

    public void setPrototype(boolean prototype) {
        this.prototype = prototype;
    }

    public TreeNode<ExplosionRowDto> getBomTree() {
        return bomTree;
    }

    public int getBomLines() {
        return bomLines;
    }

    public PartRoutingDto getRouting() {
        return routing;
    }

    public List<RoutingTemplateDto> getTemplates() {
        return templates;
    }

    public Long getTemplateId() {
        return templateId;
    }

    public void setTemplateId(Long templateId) {
        this.templateId = templateId;
    }
}
