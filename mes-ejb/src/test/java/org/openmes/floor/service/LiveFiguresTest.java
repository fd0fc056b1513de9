package org.openmes.floor.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmes.floor.model.EquipmentState;

class LiveFiguresTest {
    private static final Instant START = Instant.parse("2026-11-22T06:00:00Z");

    @Test
    void theFiguresOfABoardAreKeyedAndWrittenAsThePagesRenderThem() {
        LiveEquipment packer = new LiveEquipment(12, "P1-CASEPACKER", "Case packer", EquipmentState.RUNNING, null,
                new BigDecimal("120.000"), BigDecimal.ZERO, 0.7134);
        LiveEquipment loader = new LiveEquipment(13, "P1-LOADER", "Loader", EquipmentState.IDLE, null, null, null, null);
        LiveShift shift = new LiveShift("A", START, START.plusSeconds(8 * 3600), new BigDecimal("2000"), new BigDecimal("120"),
                new BigDecimal("3"), 0.9, 0.8, 0.975, 0.702);
        LineBoardDto board = new LineBoardDto(3, "LINE-3", "Line 3", EquipmentState.RUNNING, shift, null, List.of(packer, loader),
                List.of(), List.of());

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("line-3:good", "120");
        expected.put("line-3:target", "2000");
        expected.put("line-3:scrap", "3");
        expected.put("line-3:oee", "70.2 %");
        expected.put("line-3:oee-gauge", "70");
        expected.put("line-3:availability", "90.0 %");
        expected.put("line-3:effectiveness", "80.0 %");
        expected.put("line-3:quality", "97.5 %");
        expected.put("equipment-12:good", "120");
        expected.put("equipment-12:scrap", "0");
        expected.put("equipment-12:oee", "71.3 %");
        expected.put("equipment-12:oee-gauge", "71");
        expected.put("equipment-13:good", "\u2014");
        expected.put("equipment-13:scrap", "\u2014");
        expected.put("equipment-13:oee", "\u2014");
        expected.put("equipment-13:oee-gauge", "0");
        assertEquals(expected, LiveFigures.figures(board));
    }

    @Test
    void withoutARunningShiftOnlyTheMachinesFiguresGo() {
        LineBoardDto board = new LineBoardDto(3, "LINE-3", "Line 3", EquipmentState.IDLE, null, null,
                List.of(new LiveEquipment(12, "M", "M", EquipmentState.IDLE, null, BigDecimal.ONE, null, null)), List.of(), List.of());
        assertEquals(List.of("equipment-12:good", "equipment-12:scrap", "equipment-12:oee", "equipment-12:oee-gauge"),
                List.copyOf(LiveFigures.figures(board).keySet()));
    }
}
