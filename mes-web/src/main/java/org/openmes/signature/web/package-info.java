/**
 * The browser side of signing: the provider's answer comes back to {@link org.openmes.signature.web.SignatureCallbackServlet},
 * which lets the signature service check it and returns the signer to the page of the record.
 */
package org.openmes.signature.web;
