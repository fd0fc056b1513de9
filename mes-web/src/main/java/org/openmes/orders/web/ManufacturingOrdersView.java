package org.openmes.orders.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openmes.common.InvalidInputException;
import org.openmes.common.ItemResult;
import org.openmes.common.SelectionRefusedException;
import org.openmes.orders.model.MoStatus;
import org.openmes.orders.service.BatchSuggestionDto;
import org.openmes.orders.service.BulkResultDto;
import org.openmes.orders.service.ManufacturingOrderService;
import org.openmes.orders.service.MoBatchDto;
import org.openmes.orders.service.MoDto;
import org.openmes.orders.service.MoFilter;
import org.openmes.orders.service.MoSummaryDto;
import org.openmes.orders.service.PpicAction;
import org.openmes.orders.service.PpicService;
import org.openmes.orders.service.TaskRef;
import org.openmes.orders.traveler.TravelerService;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.platform.web.PdfDownload;
import org.openmes.platform.web.PagedModel;
import org.primefaces.model.StreamedContent;

/**
 * Backing bean of {@code /manufacturing-orders.xhtml}, the PPIC task list: manufacturing orders filtered by status,
 * priority and number, several selected at once for an action (approve, release, start, complete) whose result is
 * shown item by item — all or nothing, so when one item fails the list says why and nothing changed. The opened order
 * shows its operations and batches; its batches are split by hand or as suggested, and acted on one at a time.
 */
@Named
@ViewScoped
public class ManufacturingOrdersView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "moForm";

    @EJB
    private ManufacturingOrderService orders;

    @EJB
    private PpicService ppic;

    @EJB
    private TravelerService travelers;

    private MoStatus status;
    private Integer priority;
    private String text;
    private List<MoSummaryDto> selection = new ArrayList<>();
    private List<ItemResult> results = List.of();
    private String resultAction;
    private MoDto order;
    private String split;
    private BatchSuggestionDto suggestion;
    private BigDecimal batchQuantity;
    private final PagedModel<MoSummaryDto> list = new PagedModel<>(
            request -> orders.find(new MoFilter(status, priority, null, text), request), MoSummaryDto::id);

    public void act(String action) {
        PpicAction chosen = PpicAction.valueOf(action);
        List<TaskRef> items = selection.stream().map(mo -> new TaskRef(TaskRef.Kind.MO, mo.id(), null)).toList();
        resultAction = chosen.name().toLowerCase(Locale.ROOT);
        results = List.of();
        ActionFeedback.run(FORM, () -> {
            try {
                BulkResultDto done = switch (chosen) {
                    case APPROVE -> ppic.approve(items);
                    case RELEASE -> ppic.release(items);
                    case START -> ppic.start(items);
                    case COMPLETE -> ppic.complete(items);
                };
                results = done.items();
                selection = new ArrayList<>();
                ActionFeedback.info("Done: " + done.count() + " item" + (done.count() == 1 ? "" : "s") + " " + resultAction);
            } catch (SelectionRefusedException refused) {
                results = refused.getItems();
                throw refused;
            }
        });
        reopen();
    }

    /** Acts on one batch of the opened order; completing takes the good quantity typed beside it. */
    public void actOnBatch(MoBatchDto batch, String action) {
        PpicAction chosen = PpicAction.valueOf(action);
        List<TaskRef> items = List.of(new TaskRef(TaskRef.Kind.BATCH, batch.id(), chosen == PpicAction.COMPLETE ? batchQuantity : null));
        resultAction = chosen.name().toLowerCase(Locale.ROOT);
        ActionFeedback.run(FORM, () -> {
            try {
                results = (chosen == PpicAction.RELEASE ? ppic.release(items)
                        : chosen == PpicAction.START ? ppic.start(items) : ppic.complete(items)).items();
            } catch (SelectionRefusedException refused) {
                results = refused.getItems();
                throw refused;
            }
        });
        reopen();
    }

    /** The work traveler of {@code batch} as a download; null (nothing to download) with the message when it cannot be made. */
    public StreamedContent traveler(MoBatchDto batch) {
        return PdfDownload.of(FORM, () -> travelers.traveler(batch.id()));
    }

    public void open(long id) {
        ActionFeedback.run(FORM, () -> {
            order = orders.get(id);
            suggestion = null;
            split = null;
        });
    }

    public void suggest() {
        ActionFeedback.run(FORM, () -> {
            suggestion = orders.suggestBatches(order.order().id());
            split = String.join(", ", suggestion.quantities().stream().map(q -> q.stripTrailingZeros().toPlainString()).toList());
        });
    }

    public void applySplit() {
        ActionFeedback.run(FORM, () -> order = orders.split(order.order().id(), order.order().version(), parseSplit()));
    }

    private List<BigDecimal> parseSplit() {
        List<BigDecimal> quantities = new ArrayList<>();
        for (String part : (split == null ? "" : split).split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                quantities.add(new BigDecimal(part));
            } catch (NumberFormatException notANumber) {
                throw new InvalidInputException("split", "'" + part + "' is not a quantity; write the batch quantities separated by commas");
            }
        }
        return quantities;
    }

    private void reopen() {
        if (order != null) {
            ActionFeedback.run(FORM, () -> order = orders.get(order.order().id()));
        }
    }

    public List<MoStatus> getStatuses() {
        return List.of(MoStatus.values());
    }

    public PagedModel<MoSummaryDto> getList() {
        return list;
    }

    public MoStatus getStatus() {
        return status;
    }

    public void setStatus(MoStatus status) {
        this.status = status;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<MoSummaryDto> getSelection() {
        return selection;
    }

    public void setSelection(List<MoSummaryDto> selection) {
        this.selection = selection;
    }

    public List<ItemResult> getResults() {
        return results;
    }

    public String getResultAction() {
        return resultAction;
    }

    public MoDto getOrder() {
        return order;
    }

    public String getSplit() {
        return split;
    }

    public void setSplit(String split) {
        this.split = split;
    }

    public BatchSuggestionDto getSuggestion() {
        return suggestion;
    }

    public BigDecimal getBatchQuantity() {
        return batchQuantity;
    }

    public void setBatchQuantity(BigDecimal batchQuantity) {
        this.batchQuantity = batchQuantity;
    }
}
