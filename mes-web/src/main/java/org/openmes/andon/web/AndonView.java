package org.openmes.andon.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openmes.andon.service.AndonCallDto;
import org.openmes.andon.service.AndonEventDto;
import org.openmes.andon.service.AndonNotificationDto;
import org.openmes.andon.service.AndonService;
import org.openmes.common.PageRequest;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.platform.push.PushTopics;
import org.openmes.platform.web.ActionFeedback;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of {@code /andon.xhtml}, the supervisor's andon page: the unresolved calls of one line or all, most
 * urgent first, with priority, age and escalation level; acknowledge, resolve with notes and escalate by hand; the full
 * history of one call. The calls are read again before every rendering, so a push refresh (topic {@code line-<id>} of
 * every line, published at every step of a call) shows what is stored now.
 */
@Named
@ViewScoped
public class AndonView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "andonForm";
    private static final String RESOLVE_FORM = "resolveForm";
    private static final String ESCALATE_FORM = "escalateForm";

    @EJB
    private AndonService andonService;

    @EJB
    private PlantService plantService;

    private List<PlantNodeDto> lines;
    private Long lineId;
    private boolean includeResolved;
    private List<AndonCallDto> calls = List.of();
    private Instant now = Instant.now();

    private AndonCallDto chosen;
    private String notes;
    private List<AndonEventDto> history = List.of();
    private List<AndonNotificationDto> notifications = List.of();

    /** Reads the lines once and the calls before every rendering (the first, each postback and each push refresh). */
    public void load() {
        if (lines == null) {
            lines = plantService.find(new PlantNodeFilter(PlantLevel.PRODUCTION_LINE, null, true, null),
                    PageRequest.of(0, PageRequest.MAX_SIZE, "code")).getItems();
        }
        now = Instant.now();
        ActionFeedback.run(FORM, () -> calls = andonService.calls(lineId, !includeResolved));
    }

    public void acknowledge(long id) {
        ActionFeedback.run(FORM, () -> {
            AndonCallDto call = andonService.acknowledge(id);
            ActionFeedback.info("Andon call " + call.id() + " acknowledged");
        });
    }

    /** Opens the resolve or escalate dialog on a call. */
    public void choose(AndonCallDto call) {
        chosen = call;
        notes = null;
    }

    public void resolve() {
        if (ActionFeedback.run(RESOLVE_FORM, () -> {
            AndonCallDto call = andonService.resolve(chosen.id(), notes);
            ActionFeedback.info("Andon call " + call.id() + " resolved");
        })) {
            PrimeFaces.current().executeScript("PF('resolveDialog').hide()");
        }
    }

    public void escalate() {
        if (ActionFeedback.run(ESCALATE_FORM, () -> {
            AndonCallDto call = andonService.escalate(chosen.id(), notes);
            ActionFeedback.info("Andon call " + call.id() + " escalated to level " + call.escalationLevel());
        })) {
            PrimeFaces.current().executeScript("PF('escalateDialog').hide()");
        }
    }

    public void showHistory(AndonCallDto call) {
        chosen = call;
        ActionFeedback.run(FORM, () -> {
            history = andonService.history(call.id());
            notifications = andonService.notifications(call.id());
        });
    }

    /** How long the call has been open (or was, until resolved), as "12 min" or "2 h 05 min". */
    public String age(AndonCallDto call) {
        Instant end = call.resolvedAt() == null ? now : call.resolvedAt();
        long minutes = Math.max(0, Duration.between(call.raisedAt(), end).toMinutes());
        return minutes < 60 ? minutes + " min" : minutes / 60 + " h " + String.format("%02d", minutes % 60) + " min";
    }

    /**
     * The plant-wide andon topic, published after every committed step of any call: a call raised on any line, also
     * one created after the page opened, shows at once, and the lines' job steps and live counts do not reach the page.
     */
    public String getTopics() {
        return PushTopics.ANDON;
    }

    public List<PlantNodeDto> getLines() {
        return lines;
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public boolean isIncludeResolved() {
        return includeResolved;
    }

    public void setIncludeResolved(boolean includeResolved) {
        this.includeResolved = includeResolved;
    }

    public List<AndonCallDto> getCalls() {
        return calls;
    }

    public AndonCallDto getChosen() {
        return chosen;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<AndonEventDto> getHistory() {
        return history;
    }

    /** The chosen call's e-mails and text messages with their status. */
    public List<AndonNotificationDto> getNotifications() {
        return notifications;
    }
}
