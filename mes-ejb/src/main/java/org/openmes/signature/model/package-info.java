/**
 * Electronic signatures (21 CFR Part 11 style): a signer's statement with a meaning (performed, reviewed, approved)
 * about one record, bound to the record's content by a hash, given only after fresh proof of identity. A signature is
 * never changed; a later change of the record shows as an invalidated signature.
 */
package org.openmes.signature.model;
