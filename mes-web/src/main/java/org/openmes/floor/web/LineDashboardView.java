package org.openmes.floor.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.openmes.floor.service.FloorService;
import org.openmes.floor.service.LineBoardDto;
import org.openmes.floor.service.TrendPoint;

/**
 * Backing bean of {@code /line-dashboard.xhtml?line=}: the line's board, read again before every rendering (the first
 * and each push refresh), so it always shows what is stored now; only the hourly OEE trend, the costly part, is read
 * at most once a minute (a busy line's stops, job steps and calls may refresh it often). Counts and OEE change between
 * refreshes by live messages (org.openmes.floor.service.LiveFigures).
 */
@Named
@ViewScoped
public class LineDashboardView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private FloorService floorService;

    /** How old the trend may get before a refresh reads it again. */
    private static final Duration TREND_EVERY = Duration.ofMinutes(1);

    private Long lineId;
    private LineBoardDto board;
    private List<TrendPoint> trend = List.of();
    private Instant trendReadAt;

    public void load() {
        if (lineId == null) {
            board = null;
            return;
        }
        Instant now = Instant.now();
        boolean trendDue = trendReadAt == null || now.isAfter(trendReadAt.plus(TREND_EVERY));
        LineBoardDto fresh = floorService.line(lineId, trendDue);
        if (trendDue) {
            trend = fresh.trend();
            trendReadAt = now;
        }
        board = fresh.withTrend(trend);
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
