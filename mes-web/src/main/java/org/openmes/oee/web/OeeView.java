package org.openmes.oee.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.openmes.common.PageRequest;
import org.openmes.oee.service.LineOeeDto;
import org.openmes.oee.service.OeeService;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;
import org.openmes.platform.web.ActionFeedback;

/**
 * Backing bean of {@code /oee.xhtml}: a line, a window in UTC (empty = the running shift) and an optional product
 * code; shows the line's planned time, its OEE figures and each machine's.
 */
@Named
@ViewScoped
public class OeeView implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Id of the page's form; also the key of its form-level messages. */
    private static final String FORM = "oeeForm";

    @EJB
    private OeeService oeeService;

    @EJB
    private PlantService plantService;

    private List<PlantNodeDto> lines = List.of();
    private Long lineId;
    private LocalDateTime from;
    private LocalDateTime to;
    private String productCode;
    private LineOeeDto result;

    @PostConstruct
    void init() {
        ActionFeedback.run(FORM, () -> lines = plantService.find(new PlantNodeFilter(PlantLevel.PRODUCTION_LINE, null, true, null),
                PageRequest.of(0, PageRequest.MAX_SIZE, "code")).getItems());
    }

    public void show() {
        ActionFeedback.run(FORM, () -> result = oeeService.line(lineId, utc(from), utc(to),
                productCode == null || productCode.isBlank() ? null : productCode.trim()));
    }

    /** A ratio as a percentage with one decimal, or a dash where it is undefined. */
    public String percent(Double ratio) {
        return ratio == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f %%", ratio * 100);
    }

    /** Seconds as hours and minutes, or a dash where undefined. */
    public String duration(Double seconds) {
        if (seconds == null) {
            return "–";
        }
        long minutes = Math.round(seconds / 60);
        return minutes / 60 + " h " + minutes % 60 + " min";
    }

    private static Instant utc(LocalDateTime time) {
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
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

    public LocalDateTime getFrom() {
        return from;
    }

    public void setFrom(LocalDateTime from) {
        this.from = from;
    }

    public LocalDateTime getTo() {
        return to;
    }

    public void setTo(LocalDateTime to) {
        this.to = to;
    }

    public String getProductCode() {
        return productCode;
    }

    public void setProductCode(String productCode) {
        this.productCode = productCode;
    }

    public LineOeeDto getResult() {
        return result;
    }
}
