package org.openmes.floor.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openmes.floor.service.FloorService;
import org.openmes.floor.service.LineBoardDto;
import org.openmes.platform.push.PushTopics;

/**
 * Backing bean of {@code /line-dashboard.xhtml?line=}: the line's board, read again before every rendering (the first
 * and each push refresh), so it always shows what is stored now. The hourly OEE trend, the costly part, is the one of
 * org.openmes.floor.service.LineTrends (computed at most once a minute per line, shared by every page). Counts and OEE
 * change between refreshes by live messages of the line's topic, the trend's bars by live messages of its trend topic
 * (org.openmes.floor.service.LiveFigures).
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
        board = lineId == null ? null : floorService.line(lineId, true);
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

    /** The push topics of what the page shows: the board's, and the line's trend. */
    public String getTopics() {
        return board == null ? "" : FloorFormat.topics(List.of(board)) + " " + PushTopics.trend(board.lineId());
    }
}
