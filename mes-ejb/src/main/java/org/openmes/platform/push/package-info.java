/**
 * Server push to pages, the application side: {@link org.openmes.platform.push.PushBus#publish(String)} announces that
 * something of a topic changed ({@link org.openmes.platform.push.PushTopics}: {@code equipment-<id>},
 * {@code line-<id>}, {@code telemetry}), and a page that subscribed to the topic refreshes the parts it names, read
 * through the guarded services with the viewer's permissions; {@link org.openmes.platform.push.PushBus#publishLive}
 * sends a live message ({@link org.openmes.platform.push.PushMessages}): display-only values, a machine's state, that
 * a page applies to its DOM without a request. The bus sends on a managed executor, never on the publisher's thread,
 * keeping one message per topic and kind. The web module forwards each message to the pages that subscribed to its
 * topic over its own websockets (docs/architecture.md, "Server push to pages"), and tells
 * {@link org.openmes.platform.push.PushAudience}, the port it implements, which topics pages watch, so that this module
 * computes only what somebody looks at. Publishing needs no caller, so observers, timers,
 * the ingest and services may publish.
 */
package org.openmes.platform.push;
