package org.openmes.floor.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmes.common.InvalidInputException;
import org.openmes.downtime.service.DowntimeReasonDto;
import org.openmes.downtime.service.DowntimeService;
import org.openmes.floor.service.FloorService;
import org.openmes.floor.service.KioskBoardDto;
import org.openmes.floor.service.LineBoardDto;
import org.openmes.floor.service.LiveStop;
import org.openmes.platform.web.ActionFeedback;

/**
 * The kiosk's line section: the line's state, the stop an operator explains with the reason picker, counts against
 * the shift's target and the shift's OEE. Read again before every rendering (the first, each post and each push
 * refresh). A picked reason goes to the stop the operator saw (its id and version travel with the button), so a stop
 * that began meanwhile is not explained by mistake: a changed stop is a 409 shown beside the picker.
 */
@Named
@ViewScoped
public class KioskLineView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "kioskLineForm";

    @EJB
    private FloorService floorService;

    @EJB
    private DowntimeService downtimeService;

    private KioskBoardDto board;
    private List<ReasonGroup> reasons;

    /** A root of the reason tree with the reasons under it; a root without children is its own only choice. */
    public record ReasonGroup(DowntimeReasonDto root, List<DowntimeReasonDto> choices) implements Serializable {
    }

    public void load() {
        board = floorService.kiosk().orElse(null);
    }

    public void pick(long reasonId) {
        Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        ActionFeedback.run(FORM, () -> {
            long stop = number(parameters.get("stop"));
            downtimeService.assignReason(stop, reasonId, null, number(parameters.get("stopVersion")));
            ActionFeedback.info("Stop explained: " + reasonName(reasonId));
        });
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidInputException("reasonId", "No stop was chosen; pick the reason on the stop shown");
        }
    }

    private String reasonName(long reasonId) {
        return getReasons().stream().flatMap(group -> group.choices().stream()).filter(reason -> reason.id() == reasonId)
                .map(DowntimeReasonDto::name).findFirst().orElse("reason " + reasonId);
    }

    /** The push topics of the kiosk's line; none when the kiosk stands on no line. */
    public String getTopics() {
        return board == null ? "" : FloorFormat.topics(List.of(board.line()));
    }

    /** The kiosk's line; null when the kiosk stands on no line. */
    public LineBoardDto getLine() {
        return board == null ? null : board.line();
    }

    /** The stop a picked reason goes to; null when there is none to explain. */
    public LiveStop getStop() {
        return board == null ? null : board.unexplained();
    }

    /** The active reason tree as the picker shows it: per root (in the tree's order) the leaves below it, at any depth. */
    public List<ReasonGroup> getReasons() {
        if (reasons == null) {
            List<DowntimeReasonDto> all = downtimeService.reasons().stream().filter(reason -> Boolean.TRUE.equals(reason.active())).toList();
            Map<Long, DowntimeReasonDto> byId = all.stream().collect(Collectors.toMap(DowntimeReasonDto::id, reason -> reason));
            Set<Long> parents = all.stream().map(DowntimeReasonDto::parentId).filter(Objects::nonNull).collect(Collectors.toSet());
            Map<Long, List<DowntimeReasonDto>> leavesByRoot = new LinkedHashMap<>();
            all.stream().filter(reason -> reason.parentId() == null).forEach(root -> leavesByRoot.put(root.id(), new ArrayList<>()));
            for (DowntimeReasonDto reason : all) {
                DowntimeReasonDto root = reason;
                while (root != null && root.parentId() != null) {
                    root = byId.get(root.parentId());
                }
                // under an inactive reason: not offered
                if (root != null && !parents.contains(reason.id())) {
                    leavesByRoot.get(root.id()).add(reason);
                }
            }
            reasons = leavesByRoot.entrySet().stream().map(entry -> new ReasonGroup(byId.get(entry.getKey()), entry.getValue())).toList();
        }
        return reasons;
    }
}
