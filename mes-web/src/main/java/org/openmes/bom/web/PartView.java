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
import org.openmes.bom.model.VariantSelection;
import org.openmes.bom.service.BomLineDraft;
import org.openmes.bom.service.BomLineDto;
import org.openmes.bom.service.BomService;
import org.openmes.bom.service.ExplosionRowDto;
import org.openmes.bom.service.PartDraft;
import org.openmes.bom.service.PartDto;
import org.openmes.bom.service.PartFilter;
import org.openmes.bom.service.PartService;
import org.openmes.common.NotFoundException;
import org.openmes.common.PageRequest;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.routing.service.PartRoutingDto;
import org.openmes.routing.service.RoutingChange;
import org.openmes.routing.service.RoutingService;
import org.openmes.routing.service.RoutingTemplateDto;
import org.openmes.routing.web.OperationRows;
import org.primefaces.PrimeFaces;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * Backing bean of {@code /part.xhtml?id=}: the part's data as a form (a new part without an id), its BOM exploded to
 * every level as a tree (quantities for one unit, lines effective today), and its routing, which can be created
 * from a template here. Users who may edit add, change (version checked) and remove the part's own BOM lines with
 * their material variants in a dialog, and edit the routing's operations in place.
 */
@Named
@ViewScoped
public class PartView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "partForm";
    private static final String BOM_FORM = "bomForm";
    private static final String LINE_FORM = "bomLineForm";
    private static final String ROUTING_FORM = "routingForm";
    private static final int POSITION_STEP = 10;
    private static final int SUGGESTIONS = 15;

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
    private List<BomLineDto> lines = List.of();
    private BomLineForm line;
    private PartRoutingDto routing;
    private OperationRows routingRows;
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
        ActionFeedback.run(ROUTING_FORM, () -> {
            showRouting(routingService.createRouting(part.id(), templateId));
            ActionFeedback.info("Routing created");
        });
    }

    /** Saves the edited operations of the routing; a routing changed since it was shown is refused (version). */
    public void saveRouting() {
        ActionFeedback.run(ROUTING_FORM, () -> {
            showRouting(routingService.changeRouting(part.id(), new RoutingChange(routing.version(), routingRows.toDtos())));
            ActionFeedback.info("Routing saved");
        });
    }

    /** Drops the unsaved edits of the operations and shows the routing as stored now. */
    public void reloadRouting() {
        ActionFeedback.run(ROUTING_FORM, () -> showRouting(routingService.routingOf(part.id()).orElse(null)));
    }

    /** Opens the dialog for a new line, positioned after the last. */
    public void newLine() {
        int last = lines.stream().mapToInt(BomLineDto::position).max().orElse(0);
        line = BomLineForm.adding(last + POSITION_STEP);
    }

    /** Opens the dialog on line {@code lineId} as shown. */
    public void editLine(long lineId) {
        ActionFeedback.run(BOM_FORM, () -> line = BomLineForm.editing(shownLine(lineId)));
    }

    /** Adds or changes the line of the dialog; on success the dialog closes and the BOM is read again. */
    public void saveLine() {
        boolean saved = ActionFeedback.run(LINE_FORM, () -> {
            BomLineDraft draft = line.toDraft(partService::find);
            BomLineDto stored = line.isAdding() ? bomService.addLine(part.id(), draft)
                    : bomService.changeLine(part.id(), line.getLineId(), draft);
            showBom();
            ActionFeedback.info("BOM line " + stored.position() + " (" + stored.componentNumber() + ") saved");
        });
        if (saved) {
            PrimeFaces.current().executeScript("PF('bomLineDialog').hide()");
        }
    }

    public void removeLine(long lineId) {
        ActionFeedback.run(BOM_FORM, () -> {
            BomLineDto removed = shownLine(lineId);
            bomService.removeLine(part.id(), lineId);
            showBom();
            ActionFeedback.info("BOM line " + removed.position() + " (" + removed.componentNumber() + ") removed");
        });
    }

    /** Suggestions of the part picker: active parts whose number or description contains {@code query}. */
    public List<String> completePart(String query) {
        return partService.list(new PartFilter(query, PartStatus.ACTIVE, null, null),
                        new PageRequest(0, SUGGESTIONS, "partNumber", true))
                .getItems().stream().map(found -> BomLineForm.label(found.partNumber(), found.revision())).toList();
    }

    private BomLineDto shownLine(long lineId) {
        return lines.stream().filter(shown -> shown.id() == lineId).findFirst()
                .orElseThrow(() -> new NotFoundException("BOM line", lineId + " of part " + part.partNumber()));
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
        showBom();
        showRouting(routingService.routingOf(shown.id()).orElse(null));
        templates = routingService.templates();
    }

    private void showBom() {
        List<ExplosionRowDto> rows = bomService.explode(part.id(), BigDecimal.ONE, null, null).rows();
        bomTree = tree(rows);
        bomLines = rows.size();
        lines = bomService.bom(part.id());
    }

    private void showRouting(PartRoutingDto shown) {
        routing = shown;
        routingRows = shown == null ? null : OperationRows.of(shown.operations());
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

    public List<BomLineDto> getLines() {
        return lines;
    }

    public BomLineForm getLine() {
        return line;
    }

    public VariantSelection[] getVariantSelections() {
        return VariantSelection.values();
    }

    public OperationRows getRoutingRows() {
        return routingRows;
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
