package org.openmes.floor.service;

import java.io.Serializable;
import java.math.BigDecimal;
import org.openmes.floor.model.EquipmentState;

/** A piece of equipment on a live page: its state, its open stop (or null), its counts and OEE in the running shift. */
public record LiveEquipment(long id, String code, String name, EquipmentState state, LiveStop stop, BigDecimal good,
                            BigDecimal scrap, Double oee) implements Serializable {
}
