package org.openmes.downtime.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openmes.common.InvalidInputException;
import org.openmes.common.PageRequest;
import org.openmes.downtime.service.DowntimeEventDto;
import org.openmes.downtime.service.DowntimeReasonDto;
import org.openmes.downtime.service.DowntimeService;
import org.openmes.downtime.service.LineDowntimeDto;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.platform.push.PushTopics;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.signature.model.RecordReference;
import org.openmes.signature.model.SignatureMeaning;
import org.openmes.signature.service.SignatureService;
import org.openmes.signature.service.SigningChallenge;
import org.openmes.signature.web.SigningSession;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of {@code /downtime.xhtml?line=}: the downtime events of a line's equipment in a window (UTC) with
 * reason, category, duration and state; give or change a reason from the reason tree, split an event in two at a time,
 * merge it with the next one where that starts where it ends, and confirm it with an electronic signature (meaning
 * Approved): the browser signs in again at the provider and comes back with {@code confirm=<event>}, and the page
 * confirms the event with the signature just made. Events are read again before every rendering, so a push refresh
 * (topic {@code equipment-<id>} of every node of the line) shows what is stored now.
 */
@Named
@ViewScoped
public class DowntimeView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "downtimeForm";
    private static final String REASON_FORM = "reasonForm";
    private static final String SPLIT_FORM = "splitForm";
    private static final String CONFIRM_FORM = "confirmForm";
    /** The record type of downtime events in signatures and the audit trail. */
    private static final String DOWNTIME_EVENT = "DowntimeEvent";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @EJB
    private DowntimeService downtimeService;

    @EJB
    private PlantService plantService;

    @EJB
    private SignatureService signatureService;

    private List<PlantNodeDto> lines;
    private List<DowntimeReasonDto> reasons;
    private Long lineId;
    private String from;
    private String to;
    /** The event to confirm with the signature made on the way back from the provider ({@code confirm} parameter). */
    private Long confirmEventId;
    private boolean returned;
    private LineDowntimeDto downtime;

    private DowntimeEventDto chosen;
    private Long reasonId;
    private String comment;
    /** The signature's comment when confirming: the signer's own words, not the event's comment. */
    private String confirmComment;
    private String splitAt;

    /**
     * Before every rendering: on the first, the lines, the reason tree and a default window (the last 24 hours), and
     * the confirmation of an event the user has just signed; every time, the events.
     */
    public void load() {
        if (lines == null) {
            lines = plantService.find(new PlantNodeFilter(PlantLevel.PRODUCTION_LINE, null, true, null),
                    PageRequest.of(0, PageRequest.MAX_SIZE, "code")).getItems();
            reasons = downtimeService.reasons().stream().filter(reason -> Boolean.TRUE.equals(reason.active())).toList();
            LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
            from = now.minusHours(23).format(MINUTES);
            to = now.plusHours(1).format(MINUTES);
        }
        if (!returned) {
            returned = true;
            confirmSigned();
        }
        read();
    }

    private void confirmSigned() {
        SigningSession.takeOutcome(session()).ifPresent(outcome -> {
            if (!outcome.signed()) {
                FacesContext.getCurrentInstance().addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_ERROR, outcome.message(), null));
                return;
            }
            if (confirmEventId == null) {
                ActionFeedback.info(outcome.message());
                return;
            }
            ActionFeedback.run(FORM, () -> {
                downtimeService.confirm(confirmEventId, outcome.signatureId());
                ActionFeedback.info("Downtime event " + confirmEventId + " confirmed: " + outcome.message());
            });
        });
    }

    private void read() {
        if (lineId == null) {
            downtime = null;
            return;
        }
        ActionFeedback.run(FORM, () -> downtime = downtimeService.lineEvents(lineId, instant(from, "from"), instant(to, "to")));
    }

    /** The Show button: the events are read when the page renders. */
    public void show() {
        chosen = null;
    }

    /** Opens a dialog on an event. */
    public void choose(DowntimeEventDto event) {
        chosen = event;
        reasonId = event.reasonId();
        comment = event.comment();
        confirmComment = null;
        splitAt = event.endedAt() == null ? null
                : event.startedAt().plus(Duration.between(event.startedAt(), event.endedAt()).dividedBy(2))
                        .truncatedTo(ChronoUnit.SECONDS).withOffsetSameInstant(ZoneOffset.UTC).format(SECONDS);
    }

    public void assignReason() {
        if (ActionFeedback.run(REASON_FORM, () -> {
            DowntimeEventDto event = downtimeService.assignReason(chosen.id(), reasonId, comment, chosen.version());
            ActionFeedback.info("Downtime event " + event.id() + ": " + event.reasonName());
        })) {
            PrimeFaces.current().executeScript("PF('reasonDialog').hide()");
        }
    }

    public void split() {
        if (ActionFeedback.run(SPLIT_FORM, () -> {
            OffsetDateTime at = parse(splitAt, SECONDS, "at").atOffset(ZoneOffset.UTC);
            List<DowntimeEventDto> parts = downtimeService.split(chosen.id(), at, chosen.version());
            ActionFeedback.info("Downtime event " + parts.get(0).id() + " split: the part from " + format(parts.get(1).startedAt())
                    + " is event " + parts.get(1).id());
        })) {
            PrimeFaces.current().executeScript("PF('splitDialog').hide()");
        }
    }

    /** Merges an event with the one of the same equipment that starts where it ends. */
    public void mergeWithNext(DowntimeEventDto event) {
        ActionFeedback.run(FORM, () -> {
            DowntimeEventDto next = next(event);
            if (next == null) {
                throw new InvalidInputException("nextId", "no event of the same equipment starts where event " + event.id() + " ends");
            }
            DowntimeEventDto merged = downtimeService.merge(event.id(), next.id(), event.version());
            ActionFeedback.info("Downtime events " + merged.id() + " and " + next.id() + " merged");
        });
    }

    /** Starts signing the chosen event (meaning Approved); the browser goes to the provider to sign in again. */
    public void confirm() {
        long id = chosen.id();
        ActionFeedback.run(CONFIRM_FORM, () -> {
            SigningChallenge challenge = signatureService.startSigning(new RecordReference(DOWNTIME_EVENT, Long.toString(id)),
                    SignatureMeaning.APPROVED, confirmComment);
            SigningSession.begin(session(), challenge, "/downtime.xhtml?line=" + lineId + "&confirm=" + id);
            try {
                FacesContext.getCurrentInstance().getExternalContext().redirect(challenge.authorizationUri().toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The event of the same equipment that starts where {@code event} ends, if the page lists one. */
    public DowntimeEventDto next(DowntimeEventDto event) {
        if (downtime == null || event.endedAt() == null) {
            return null;
        }
        return downtime.events().stream().filter(other -> other.equipmentId() == event.equipmentId() && other.id() != event.id()
                && other.startedAt().isEqual(event.endedAt())).findFirst().orElse(null);
    }

    public String equipmentCode(DowntimeEventDto event) {
        return downtime.nodeCodes().getOrDefault(event.equipmentId(), "#" + event.equipmentId());
    }

    /** How long the event lasted, or has lasted so far, as "1 h 05 min 07 s". */
    public String duration(DowntimeEventDto event) {
        OffsetDateTime end = event.endedAt() == null ? OffsetDateTime.now(ZoneOffset.UTC) : event.endedAt();
        long seconds = Math.max(0, Duration.between(event.startedAt(), end).toSeconds());
        String minutesAndSeconds = String.format("%02d min %02d s", seconds / 60 % 60, seconds % 60);
        return seconds >= 3600 ? seconds / 3600 + " h " + minutesAndSeconds : minutesAndSeconds;
    }

    /** Under way, ended, or confirmed by whom (always with the meaning Approved, which confirming requires). */
    public String state(DowntimeEventDto event) {
        if (event.confirmed()) {
            return "confirmed by " + event.confirmedBy() + " (" + SignatureMeaning.APPROVED.label() + ")";
        }
        return event.endedAt() == null ? "under way" : "ended";
    }

    public String format(OffsetDateTime time) {
        return time == null ? "" : time.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).format(SECONDS);
    }

    /** A reason with its place in the tree, for the picker: "Unplanned › Jam". */
    public String reasonLabel(DowntimeReasonDto reason) {
        Map<Long, DowntimeReasonDto> byId = reasons.stream().collect(Collectors.toMap(DowntimeReasonDto::id, r -> r));
        StringBuilder label = new StringBuilder(reason.name());
        for (DowntimeReasonDto parent = byId.get(reason.parentId()); parent != null; parent = byId.get(parent.parentId())) {
            label.insert(0, parent.name() + " › ");
        }
        return reason.category() + " · " + label;
    }

    public List<DowntimeReasonDto> getReasons() {
        return reasons.stream().sorted(Comparator.comparing(this::reasonLabel)).toList();
    }

    /** The push topics: every node of the line, so a stop of any of its machines shows at once. */
    public String getTopics() {
        return downtime == null ? "" : downtime.nodeCodes().keySet().stream().sorted().map(PushTopics::equipment)
                .collect(Collectors.joining(" "));
    }

    private static Instant instant(String text, String field) {
        return parse(text, MINUTES, field).toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime parse(String text, DateTimeFormatter format, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        try {
            return LocalDateTime.parse(text.strip(), format);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "'" + text.strip() + "' is not a time like "
                    + LocalDateTime.of(2026, 1, 5, 6, 30).format(format) + " (UTC)");
        }
    }

    private static HttpSession session() {
        return (HttpSession) FacesContext.getCurrentInstance().getExternalContext().getSession(true);
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

    public Long getConfirmEventId() {
        return confirmEventId;
    }

    public void setConfirmEventId(Long confirmEventId) {
        this.confirmEventId = confirmEventId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public LineDowntimeDto getDowntime() {
        return downtime;
    }

    public DowntimeEventDto getChosen() {
        return chosen;
    }

    public Long getReasonId() {
        return reasonId;
    }

    public void setReasonId(Long reasonId) {
        this.reasonId = reasonId;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getConfirmComment() {
        return confirmComment;
    }

    public void setConfirmComment(String confirmComment) {
        this.confirmComment = confirmComment;
    }

    public String getSplitAt() {
        return splitAt;
    }

    public void setSplitAt(String splitAt) {
        this.splitAt = splitAt;
    }
}
