package org.openmes.signature.model;

import org.openmes.common.MesException;

/** No signature: identity was not proven afresh, or proven for someone other than the signed-in user. */
public class SignatureRefusedException extends MesException {
    private static final long serialVersionUID = 1L;

    public SignatureRefusedException(String message) {
        super(null, message);
    }
}
