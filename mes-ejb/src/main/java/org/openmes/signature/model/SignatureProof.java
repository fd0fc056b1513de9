package org.openmes.signature.model;

/** How the signer proved who they are at the moment of signing. */
public enum SignatureProof {
    /** Signed in again at the OpenID provider, asked for with {@code prompt=login} and {@code max_age=0}. */
    IDP_REAUTHENTICATION,
    /** Typed their PIN on the kiosk they work at. */
    KIOSK_PIN
}
