package org.openmes.common.persistence;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A stored value that must not be readable in the audit trail (a PIN hash, a device secret's hash): the trail
 * records that it changed, as a short fingerprint, never the value itself. An electronic signature covers the
 * fingerprint too.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Confidential {
}
