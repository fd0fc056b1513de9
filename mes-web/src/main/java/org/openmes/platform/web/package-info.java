/**
 * The shell every Faces page of OpenMES shares: the session's light/dark theme, the friendly error page, and
 * {@link org.openmes.platform.web.ActionFeedback}, which turns the outcome of a page action into messages the
 * same way on every page. The layout template, menu and breadcrumbs themselves are Facelets markup under
 * {@code /WEB-INF/templates}.
 */
package org.openmes.platform.web;
