package org.openmes.platform.push;

import java.util.Set;

/**
 * A page subscribed to these topics (its push socket opened), fired by {@link PushAudience} on the socket's thread:
 * observers only note what to send and must not block.
 */
public record TopicsSubscribed(Set<String> topics) {
}
