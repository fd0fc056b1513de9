package org.openmes.kiosk.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** "Switch operator" and the idle sign-out: ends the operator's kiosk session; the device stays a kiosk. */
@WebServlet("/kiosk/sign-out")
public class KioskSignOutServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signOut(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        signOut(request, response);
    }

    private static void signOut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        KioskCookies.clearSession(request, response);
        response.sendRedirect(request.getContextPath() + "/kiosk/login.xhtml");
    }
}
