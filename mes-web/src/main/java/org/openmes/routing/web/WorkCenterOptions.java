package org.openmes.routing.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.openmes.common.PageRequest;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantNodeDto;
import org.openmes.plant.service.PlantNodeFilter;
import org.openmes.plant.service.PlantService;

/** The active work centers by code, for the work center choice of an operation; read once per request. */
@Named
@RequestScoped
public class WorkCenterOptions {

    @EJB
    private PlantService plantService;

    private List<PlantNodeDto> items;

    public List<PlantNodeDto> getItems() {
        if (items == null) {
            items = plantService.find(new PlantNodeFilter(PlantLevel.WORK_CENTER, null, true, null),
                    new PageRequest(0, PageRequest.MAX_SIZE, "code", true)).getItems();
        }
        return items;
    }
}
