/**
 * Server push to pages, the application side: {@link org.openmes.platform.push.PushBus#publish(String)} announces that
 * something of a topic changed ({@link org.openmes.platform.push.PushTopics}: {@code equipment-<id>},
 * {@code line-<id>}, {@code telemetry}); the web module forwards every topic to the browsers over one Faces websocket
 * channel, and a page that subscribed to the topic refreshes the parts it names (docs/architecture.md, "Server push").
 * A topic carries no data, only that something changed: what a page then shows is read through the guarded
 * services, with the viewer's permissions. Publishing needs no caller, so observers, timers and services may publish.
 */
package org.openmes.platform.push;
