package org.openmes.orders.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.openmes.orders.service.MoDashboardDto;
import org.openmes.orders.service.MoDashboardFilter;
import org.openmes.orders.service.MoDashboardService;
import org.openmes.platform.web.ActionFeedback;

/**
 * Backing bean of {@code /mo-dashboard.xhtml}: the MO status dashboard for a due-date range, a priority and a
 * department or work center, refreshed on demand.
 */
@Named
@ViewScoped
public class MoDashboardView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "dashboardForm";

    @EJB
    private MoDashboardService service;

    private LocalDate dueFrom;
    private LocalDate dueTo;
    private Integer priority;
    private Long plantNodeId;
    private List<MoDashboardDto.Scope> scopes;
    private MoDashboardDto dashboard;

    @PostConstruct
    void init() {
        scopes = service.scopes();
        refresh();
    }

    public void refresh() {
        ActionFeedback.run(FORM, () -> dashboard = service.dashboard(new MoDashboardFilter(dueFrom, dueTo, priority, plantNodeId)));
    }

    public List<Integer> getPriorities() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<MoDashboardDto.Scope> getScopes() {
        return scopes;
    }

    public MoDashboardDto getDashboard() {
        return dashboard;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public void setDueFrom(LocalDate dueFrom) {
        this.dueFrom = dueFrom;
    }

    public LocalDate getDueTo() {
        return dueTo;
    }

    public void setDueTo(LocalDate dueTo) {
        this.dueTo = dueTo;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public Long getPlantNodeId() {
        return plantNodeId;
    }

    public void setPlantNodeId(Long plantNodeId) {
        this.plantNodeId = plantNodeId;
    }
}
