package org.openmes.signature.service;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import org.openmes.signature.model.RecordReference;
import org.openmes.signature.model.SignatureMeaning;

/**
 * A signing under way: what is to be signed, by whom, and the one-time values that bind the provider's answer to
 * this very request (state, nonce, PKCE verifier). The web tier keeps it in the signer's session between sending the
 * browser to the provider and the provider sending it back; it is of no use to anyone else.
 */
public record SigningChallenge(RecordReference record, SignatureMeaning meaning, String comment, String signer, Instant startedAt,
        String state, String nonce, String codeVerifier, URI redirectUri, URI authorizationUri) implements Serializable {
}
