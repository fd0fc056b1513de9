/**
 * Server push to pages, the browser side: {@link org.openmes.platform.push.web.PushSockets} forwards the messages of
 * the application's {@link org.openmes.platform.push.PushBus} to the pages' websockets, each page receiving the topics
 * it subscribed to, one write at a time per socket with nothing lost ({@link org.openmes.platform.push.web.PushSocket}).
 * Signed-in users' pages connect to {@link org.openmes.platform.push.web.PushEndpoint} ({@code /push}), kiosk pages,
 * whose operators are signed in only under {@code /kiosk/}, to {@link org.openmes.platform.push.web.KioskPushEndpoint}
 * ({@code /kiosk/push}). A page subscribes with the composite component
 * {@code <mes:push topics="equipment-12 telemetry" update=":values :events"/>} (namespace
 * {@code jakarta.faces.composite/mes}), which refreshes what it names by one AJAX request when one of its topics
 * arrives (one in flight, at most one per 250 ms) and applies live messages to the page's {@code data-mes-live-*}
 * elements directly. See docs/architecture.md, "Server push to pages".
 */
package org.openmes.platform.push.web;
