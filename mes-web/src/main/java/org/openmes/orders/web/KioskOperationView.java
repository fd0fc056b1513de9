package org.openmes.orders.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.openmes.orders.service.WorkstationOperationDto;
import org.openmes.orders.service.WorkstationService;
import org.openmes.platform.web.ActionFeedback;

/**
 * The kiosk's operation page ({@code /kiosk/operation.xhtml?id=…}): one batch operation with what it is, what it
 * received and what was confirmed so far, and the step its state allows — start, pause, resume, a partial report or
 * the final completion with good and scrap units — and, where the BOM leaves it to the operator, the choice of
 * material before the start. Each step sends the version shown, so an operation confirmed
 * meanwhile at another kiosk is refused instead of counted twice; refusals show beside the quantity they name.
 */
@Named
@ViewScoped
public class KioskOperationView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "operationForm";

    @EJB
    private WorkstationService workstation;

    private Long id;
    private WorkstationOperationDto operation;
    private BigDecimal goodQuantity;
    private BigDecimal scrapQuantity;

    /** The page's address for operation {@code id}. */
    static String outcome(long id) {
        return "/kiosk/operation.xhtml?faces-redirect=true&id=" + id;
    }

    /** The page's view action: reads the operation once, when the page opens. */
    public void load() {
        if (operation == null) {
            ActionFeedback.run(FORM, () -> operation = workstation.get(id));
        }
    }

    public void start() {
        step(() -> operation = workstation.start(id, operation.version()), "Started");
    }

    public void pause() {
        step(() -> operation = workstation.pause(id, operation.version()), "Paused");
    }

    public void resume() {
        step(() -> operation = workstation.resume(id, operation.version()), "Resumed");
    }

    /** Chooses material {@code materialId} for BOM line {@code bomLineId} (a line that leaves the choice to the operator). */
    public void choose(long bomLineId, long materialId) {
        step(() -> operation = workstation.chooseMaterial(id, bomLineId, materialId), "Material chosen");
    }

    public void reportPartial() {
        complete(true);
    }

    public void complete() {
        complete(false);
    }

    private void complete(boolean partial) {
        BigDecimal scrap = scrapQuantity == null ? BigDecimal.ZERO : scrapQuantity;
        if (step(() -> operation = workstation.complete(id, operation.version(), goodQuantity, scrap, partial),
                partial ? "Reported" : "Completed")) {
            goodQuantity = null;
            scrapQuantity = null;
        }
    }

    /** Runs a step; a refused one shows the operation as it is now (another kiosk may have confirmed it meanwhile). */
    private boolean step(Runnable action, String done) {
        if (ActionFeedback.run(FORM, action)) {
            ActionFeedback.info(done + ": " + operation.name() + " of " + operation.moNumber() + " batch " + operation.batchNo());
            return true;
        }
        operation = workstation.get(id);
        return false;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public WorkstationOperationDto getOperation() {
        return operation;
    }

    public BigDecimal getGoodQuantity() {
        return goodQuantity;
    }

    public void setGoodQuantity(BigDecimal goodQuantity) {
        this.goodQuantity = goodQuantity;
    }

    public BigDecimal getScrapQuantity() {
        return scrapQuantity;
    }

    public void setScrapQuantity(BigDecimal scrapQuantity) {
        this.scrapQuantity = scrapQuantity;
    }
}
