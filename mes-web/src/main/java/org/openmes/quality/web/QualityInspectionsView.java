package org.openmes.quality.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openmes.common.ConflictException;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.quality.model.InspectionResult;
import org.openmes.quality.service.AwaitingInspectionDto;
import org.openmes.quality.service.InspectionDto;
import org.openmes.quality.service.InspectionRequest;
import org.openmes.quality.service.QualityService;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of {@code /quality-inspections.xhtml}: the QC queue (operations awaiting inspection), one of them
 * opened in the inspection dialog with its earlier inspections, and the inspector's verdict recorded from there; a
 * refused verdict shows its message beside the field it names and keeps the dialog open.
 */
@Named
@ViewScoped
public class QualityInspectionsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "inspectionForm";
    private static final String QUEUE_FORM = "queueForm";

    @EJB
    private QualityService quality;

    private List<AwaitingInspectionDto> queue = List.of();
    private AwaitingInspectionDto selected;
    private List<InspectionDto> history = List.of();
    private InspectionRequest inspection = new InspectionRequest();

    @PostConstruct
    void init() {
        queue = quality.queue(null);
    }

    public void refresh() {
        ActionFeedback.run(QUEUE_FORM, () -> queue = quality.queue(null));
    }

    /** Opens the dialog on queue entry {@code batchOperationId}: a fresh verdict (PASS) and the earlier inspections. */
    public void open(long batchOperationId) {
        ActionFeedback.run(QUEUE_FORM, () -> {
            selected = queue.stream().filter(o -> o.batchOperationId() == batchOperationId).findFirst()
                    .orElseThrow(() -> new ConflictException(null, "operation " + batchOperationId
                            + " no longer awaits inspection; refresh the queue"));
            inspection = new InspectionRequest();
            inspection.setResult(InspectionResult.PASS.name());
            history = quality.ofOperation(batchOperationId);
        });
    }

    /** Records the verdict; on success closes the dialog and reloads the queue. */
    public void record() {
        if (selected == null) {
            return;
        }
        inspection.setVersion(selected.version());
        if (ActionFeedback.run(FORM, () -> {
            InspectionDto recorded = quality.record(selected.batchOperationId(), inspection);
            ActionFeedback.info(recorded.result() + " recorded for operation " + recorded.sequence() + " "
                    + recorded.operationName() + " of batch " + recorded.batchNo() + " of " + recorded.moNumber()
                    + ": it is now " + recorded.operationStatus().label());
        })) {
            selected = null;
            refresh();
            PrimeFaces.current().executeScript("PF('inspectionDialog').hide()");
        }
    }

    public List<InspectionResult> getResults() {
        return List.of(InspectionResult.values());
    }

    public List<AwaitingInspectionDto> getQueue() {
        return queue;
    }

    public AwaitingInspectionDto getSelected() {
        return selected;
    }

    public List<InspectionDto> getHistory() {
        return history;
    }

    public InspectionRequest getInspection() {
        return inspection;
    }
}
