package org.openmes.signature.model;

/** What the signer states by signing, shown with every signature (its manifestation). */
public enum SignatureMeaning {
    /** I did this. */
    PERFORMED("Performed"),
    /** I checked this. */
    REVIEWED("Reviewed"),
    /** I release this. */
    APPROVED("Approved");

    private final String label;

    SignatureMeaning(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
