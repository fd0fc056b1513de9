package org.openmes.downtime.service;

import java.io.Serializable;
import org.openmes.downtime.model.DowntimeCategory;

/** A node of the reason tree; {@code parentId} null for a root reason. */
public record DowntimeReasonDto(Long id, Long parentId, String code, String name, DowntimeCategory category, Boolean active,
                                Long version) implements Serializable {
}
