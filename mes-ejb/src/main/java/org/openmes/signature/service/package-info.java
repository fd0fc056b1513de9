/**
 * The signature service: starts a signing (fresh proof of identity at the OpenID provider, or the operator's PIN on a
 * kiosk), checks the proof, records the signature and tells for every signature of a record whether it still holds.
 * Any feature makes a record signable by naming its type in {@link org.openmes.signature.service.SignableRecords}.
 */
package org.openmes.signature.service;
