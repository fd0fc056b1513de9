package org.openmes.floor.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openmes.floor.service.FloorService;
import org.openmes.floor.service.LineBoardDto;

/**
 * Backing bean of {@code /line-dashboard.xhtml?line=}: the line's board, read again before every rendering (the first
 * and each push refresh), so it always shows what is stored now.
 */
@Named
@ViewScoped
public class LineDashboardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private FloorService floorService;

    private Long lineId;
    private LineBoardDto board;

    public void load() {
        board = lineId == null ? null : floorService.line(lineId);
    }

    public Long getLineId() {
        return lineId;
    }

    public void setLineId(Long lineId) {
        this.lineId = lineId;
    }

    public LineBoardDto getBoard() {
        return board;
    }

    /** The push topics of what the page shows. */
    public String getTopics() {
        return FloorFormat.topics(board == null ? List.<LineBoardDto>of() : List.of(board));
    }
}
