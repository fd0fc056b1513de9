package org.openmes.security.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sets how long an unused session lives from {@code mes.session.timeout-minutes}, once, as the application starts.
 * A bad value stops the start instead of leaving sessions that never expire.
 */
@WebListener
public class SessionTimeout implements ServletContextListener {
    @Inject
    @ConfigProperty(name = "mes.session.timeout-minutes", defaultValue = "30")
    int minutes;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().setSessionTimeout(checked(minutes));
    }

    static int checked(int minutes) {
        if (minutes < 1) {
            throw new IllegalArgumentException("mes.session.timeout-minutes must be at least 1, not " + minutes);
        }
        return minutes;
    }
}
