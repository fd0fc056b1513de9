/** REST adapter for electronic signatures: the manifestations of a record's signatures, valid or invalidated. */
package org.openmes.signature.rest;
