package org.openmes.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.PrimeFaces;

/** The light or dark PrimeFaces theme of this session; web.xml binds {@code primefaces.THEME} to {@link #getTheme()}. */
@Named
@SessionScoped
public class ThemePreference implements Serializable {
    private static final long serialVersionUID = 1L;

    /** PrimeFaces 15's default theme, the only one inside the PrimeFaces jar. */
    static final String LIGHT = "saga-blue";
    /** Saga's dark sibling; PrimeFaces 15 ships it in the separate org.primefaces:primefaces-themes jar. */
    static final String DARK = "vela-blue";

    private boolean dark;

    public String getTheme() {
        return dark ? DARK : LIGHT;
    }

    public boolean isDark() {
        return dark;
    }

    /** The toggle is offered only when the dark theme's jar is deployed; without it the page would lose all styling. */
    public boolean isDarkAvailable() {
        return FacesContext.getCurrentInstance().getApplication().getResourceHandler()
                .createResource("theme.css", "primefaces-" + DARK) != null;
    }

    /** Switches theme; the page swaps its theme stylesheet in place, so the toggle needs no full page reload. */
    public void toggle() {
        dark = !dark;
        PrimeFaces.current().executeScript("PrimeFaces.changeTheme('" + getTheme() + "');");
    }
}
