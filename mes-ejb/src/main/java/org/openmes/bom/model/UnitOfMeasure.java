package org.openmes.bom.model;

/**
 * The units parts are counted or measured in. An enum rather than a table of codes: BOM rules compare units
 * (a material variant must be in the unit of its component's requirement) and the MES converts no unit into
 * another, so a unit added without code would be a unit nothing can check. The constant's name is the code
 * stored and exchanged ({@code EA}, {@code KG}, ...).
 */
public enum UnitOfMeasure {
    EA("each"),
    SET("set"),
    KG("kilogram"),
    G("gram"),
    M("metre"),
    MM("millimetre"),
    M2("square metre"),
    L("litre"),
    ML("millilitre");

    private final String label;

    UnitOfMeasure(String label) {
        this.label = label;
    }

    /** The unit in words, for pages: "kilogram". */
    public String label() {
        return label;
    }
}
