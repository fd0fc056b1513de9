package org.openmes.floor.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openmes.floor.service.FloorService;
import org.openmes.floor.service.LineBoardDto;

/**
 * Backing bean of {@code /plant-overview.xhtml}: one tile per active line, read again before every rendering. The
 * push topics are those of the lines as the page was opened; a line added later shows after a reload.
 */
@Named
@ViewScoped
public class PlantOverviewView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    private FloorService floorService;

    private List<LineBoardDto> lines = List.of();

    public void load() {
        lines = floorService.plant();
    }

    public List<LineBoardDto> getLines() {
        return lines;
    }

    /** The push topics of what the page shows. */
    public String getTopics() {
        return FloorFormat.topics(lines);
    }
}
