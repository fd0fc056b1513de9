package org.openmes.orders.rest;

/** The body of a material choice at a workstation: the BOM line and the variant's material chosen for it. */
public class MaterialChoiceRequest {
    private Long bomLineId;
    private Long materialId;

    public Long getBomLineId() { return bomLineId; }
    public void setBomLineId(Long bomLineId) { this.bomLineId = bomLineId; }
    public Long getMaterialId() { return materialId; }
    public void setMaterialId(Long materialId) { this.materialId = materialId; }
}
