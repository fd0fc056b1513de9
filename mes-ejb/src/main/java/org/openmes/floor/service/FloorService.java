package org.openmes.floor.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.kiosk.service.KioskPlaces;
import org.openmes.plant.model.PlantNode;
import org.openmes.security.model.Permission;
import org.openmes.security.service.RequiresPermission;

/**
 * The live floor read model for its pages and REST: lines with their equipment's state, open stops and shift counts,
 * the running job, open andon calls and the running shift's target and OEE ({@link FloorBoards} computes them).
 * Needs {@code oee.view}, which everyone who watches the floor holds (operators, shift managers, viewers).
 */
@Stateless
@RequiresPermission(Permission.OEE_VIEW)
public class FloorService {
    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    @Inject
    private FloorBoards boards;

    @Inject
    @ConfigProperty(name = "mes.floor.kiosk.unexplained-stop-hours", defaultValue = "12")
    private int unexplainedStopHours;

    /**
     * The line dashboard of production line {@code lineId}, with the hourly OEE trend of the running shift when asked
     * for ({@link LineTrends}: computed at most once a minute per line, however many pages ask); 404 unknown.
     */
    public LineBoardDto line(long lineId, boolean withTrend) {
        return boards.line(lineId, withTrend);
    }

    /** One board per active production line, by code, without trends: the plant overview. */
    public List<LineBoardDto> plant() {
        return boards.plant();
    }

    /**
     * The board of the line the caller's kiosk stands at, and the stop a reason picked there goes to; empty when the
     * caller is not at a kiosk or the kiosk is not placed on a line.
     */
    public Optional<KioskBoardDto> kiosk() {
        Optional<PlantNode> placed = KioskPlaces.kioskOfCaller(em).flatMap(kiosk -> KioskPlaces.lineOf(em, kiosk));
        if (placed.isEmpty()) {
            return Optional.empty();
        }
        PlantNode line = placed.get();
        LineBoardDto board = boards.line(line.getId(), false);
        List<Long> equipment = board.equipment().stream().map(LiveEquipment::id).toList();
        if (equipment.isEmpty()) {
            return Optional.of(new KioskBoardDto(board, null));
        }
        Instant since = Instant.now().minus(Duration.ofHours(unexplainedStopHours));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(FloorBoards.STOPS + " where e.reason_id is null and not e.minor_stop"
                        + " and e.equipment_id = any(cast(? as bigint[])) and (e.ended_at is null or e.started_at >= ?)"
                        + " order by e.ended_at is null desc, e.started_at desc limit 1")
                .setParameter(1, FloorBoards.array(equipment)).setParameter(2, since.atOffset(ZoneOffset.UTC)).getResultList();
        return Optional.of(new KioskBoardDto(board, rows.stream().map(FloorBoards::stop).findFirst().orElse(null)));
    }
}
