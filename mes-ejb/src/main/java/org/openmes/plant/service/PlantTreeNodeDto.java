package org.openmes.plant.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.openmes.plant.model.PlantLevel;

/** A node of the plant tree listing, with its children ordered by code. */
public class PlantTreeNodeDto implements Serializable {
    private static final long serialVersionUID = 1L;

    private final long id;
    private final PlantLevel level;
    private final String code;
    private final String name;
    private final boolean active;
    private final List<PlantTreeNodeDto> children = new ArrayList<>();

    public PlantTreeNodeDto(long id, PlantLevel level, String code, String name, boolean active) {
        this.id = id;
        this.level = level;
        this.code = code;
        this.name = name;
        this.active = active;
    }

    public long getId() { return id; }
    public PlantLevel getLevel() { return level; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public boolean isActive() { return active; }
    public List<PlantTreeNodeDto> getChildren() { return children; }
}
