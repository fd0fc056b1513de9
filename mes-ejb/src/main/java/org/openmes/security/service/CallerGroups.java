package org.openmes.security.service;

import java.util.Set;

/**
 * Port to the container's authentication: the groups of the current caller, by name (the identity provider's
 * groups of an SSO user, the {@code groups} claim of a token). Empty when the caller has none or there is no
 * caller.
 */
public interface CallerGroups {
    Set<String> groups();
}
