package org.openmes.plant.service;

import org.openmes.plant.model.PlantLevel;

/**
 * Filter of a plant node list: level (required), parent, active flag and a free text matched against
 * code and name (case-insensitive, contains). Null means "any".
 */
public record PlantNodeFilter(PlantLevel level, Long parentId, Boolean active, String text) {
}
