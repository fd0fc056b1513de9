package org.openmes.routing.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openmes.routing.service.OperationDto;

/**
 * The operations of a routing or template as a page edits them: rows to add, remove and move, turned into the
 * service's DTOs on save. Moving a row swaps it with its neighbour and keeps the sequence numbers in place, so the
 * list stays ordered by sequence number (the service matches operations by it).
 */
public class OperationRows implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int STEP = 10;

    private final List<Row> rows = new ArrayList<>();

    /** Rows holding {@code operations}, by sequence number. */
    public static OperationRows of(List<OperationDto> operations) {
        OperationRows result = new OperationRows();
        operations.stream().sorted((a, b) -> Integer.compare(a.sequence(), b.sequence())).forEach(operation -> {
            Row row = new Row();
            row.sequence = operation.sequence();
            row.name = operation.name();
            row.workCenterId = operation.workCenterId();
            row.setupMinutes = operation.setupMinutes();
            row.runMinutesPerUnit = operation.runMinutesPerUnit();
            row.qualityCheck = Boolean.TRUE.equals(operation.qualityCheck());
            row.allowOverlap = Boolean.TRUE.equals(operation.allowOverlap());
            result.rows.add(row);
        });
        return result;
    }

    /** Adds an empty operation after the last, numbered 10 above the highest sequence number. */
    public void add() {
        Row row = new Row();
        row.sequence = rows.stream().map(Row::getSequence).filter(s -> s != null).max(Integer::compare).orElse(0) + STEP;
        row.setupMinutes = BigDecimal.ZERO;
        row.runMinutesPerUnit = BigDecimal.ZERO;
        rows.add(row);
    }

    public void remove(int index) {
        rows.remove(index);
    }

    /** Moves row {@code index} one up (towards the first operation). */
    public void moveUp(int index) {
        if (index > 0) {
            swap(index - 1, index);
        }
    }

    /** Moves row {@code index} one down (towards the last operation). */
    public void moveDown(int index) {
        if (index < rows.size() - 1) {
            swap(index, index + 1);
        }
    }

    private void swap(int upper, int lower) {
        Integer upperSequence = rows.get(upper).sequence;
        rows.get(upper).sequence = rows.get(lower).sequence;
        rows.get(lower).sequence = upperSequence;
        Collections.swap(rows, upper, lower);
    }

    /** The rows as the service takes them, in the order shown (refusals name {@code operations[i]} by this order). */
    public List<OperationDto> toDtos() {
        return rows.stream().map(row -> new OperationDto(null, row.sequence, row.name, row.workCenterId, null, null,
                row.setupMinutes, row.runMinutesPerUnit, row.qualityCheck, row.allowOverlap)).toList();
    }

    public List<Row> getRows() {
        return rows;
    }

    /** One operation being edited. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer sequence;
        private String name;
        private Long workCenterId;
        private BigDecimal setupMinutes;
        private BigDecimal runMinutesPerUnit;
        private boolean qualityCheck;
        private boolean allowOverlap;

        public Integer getSequence() {
            return sequence;
        }

        public void setSequence(Integer sequence) {
            this.sequence = sequence;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public Long getWorkCenterId() {
            return workCenterId;
        }

        public void setWorkCenterId(Long workCenterId) {
            this.workCenterId = workCenterId;
        }

        public BigDecimal getSetupMinutes() {
            return setupMinutes;
        }

        public void setSetupMinutes(BigDecimal setupMinutes) {
            this.setupMinutes = setupMinutes;
        }

        public BigDecimal getRunMinutesPerUnit() {
            return runMinutesPerUnit;
        }

        public void setRunMinutesPerUnit(BigDecimal runMinutesPerUnit) {
            this.runMinutesPerUnit = runMinutesPerUnit;
        }

        public boolean isQualityCheck() {
            return qualityCheck;
        }

        public void setQualityCheck(boolean qualityCheck) {
            this.qualityCheck = qualityCheck;
        }

        public boolean isAllowOverlap() {
            return allowOverlap;
        }

        public void setAllowOverlap(boolean allowOverlap) {
            this.allowOverlap = allowOverlap;
        }
    }
}
