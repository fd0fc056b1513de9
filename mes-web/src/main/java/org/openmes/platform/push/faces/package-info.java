/**
 * Server push to pages, the browser side: {@link org.openmes.platform.push.faces.FacesPush} forwards every topic of the
 * application's {@link org.openmes.platform.push.PushBus} over the Faces websocket channel {@value
 * org.openmes.platform.push.faces.FacesPush#CHANNEL}; a page subscribes with the composite component
 * {@code <mes:push topics="equipment-12 telemetry" update=":values :events"/>} (namespace
 * {@code jakarta.faces.composite/mes}), which refreshes what it names by one AJAX request when one of its topics
 * arrives (one in flight, at most one per 250 ms); live messages it applies to the page's {@code data-mes-live-*}
 * elements directly. Kiosk pages, whose operators are signed in only under {@code /kiosk/}, listen on
 * {@link org.openmes.platform.push.faces.KioskPushEndpoint} ({@code /kiosk/push}) instead ({@code socket="kiosk"}).
 * See docs/architecture.md, "Server push".
 */
package org.openmes.platform.push.faces;
