package org.openmes.reporting.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openmes.plant.model.PlantLevel;
import org.openmes.plant.service.PlantService;
import org.openmes.plant.service.PlantTreeNodeDto;

/** Counts plant nodes per level, active and inactive; the job's exit status reads "ENTERPRISE=1,SITE=2,…". */
@Named("plantCensusBatchlet")
@Dependent
public class PlantCensusBatchlet extends AbstractBatchlet {

    @EJB
    private PlantService plantService;

    @Inject
    private JobContext jobContext;

    @Override
    public String process() {
        Map<PlantLevel, Integer> counts = new EnumMap<>(PlantLevel.class);
        for (PlantLevel level : PlantLevel.values()) {
            counts.put(level, 0);
        }
        count(plantService.tree(true), counts);
        String census = counts.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(","));
        jobContext.setExitStatus(census);
        return BatchStatus.COMPLETED.name();
    }

    private static void count(List<PlantTreeNodeDto> nodes, Map<PlantLevel, Integer> counts) {
        for (PlantTreeNodeDto node : nodes) {
            counts.merge(node.getLevel(), 1, Integer::sum);
            count(node.getChildren(), counts);
        }
    }
}
