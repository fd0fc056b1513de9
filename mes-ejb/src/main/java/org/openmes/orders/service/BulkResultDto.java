package org.openmes.orders.service;

import java.io.Serializable;
import java.util.List;
import org.openmes.common.ItemResult;

/** The outcome of a PPIC action over a selection that went through: every item passed. */
public record BulkResultDto(PpicAction action, int count, List<ItemResult> items) implements Serializable {
}
