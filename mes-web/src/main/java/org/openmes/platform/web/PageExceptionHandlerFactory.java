package org.openmes.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;

/**
 * PrimeFaces' exception handler (faces-config.xml) with one correction for its Content-Security-Policy mode: on an
 * AJAX request whose view expired, PrimeFaces 15 reads the CSP nonce from the view before it rebuilds the missing
 * view, fails on it, and the user lands on "Something went wrong" instead of the layout's "Page expired" dialog.
 * Rebuilding the view first gives PrimeFaces both the nonce and the page's {@code p:ajaxExceptionHandler}.
 */
public class PageExceptionHandlerFactory extends ExceptionHandlerFactory {

    public PageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new PageExceptionHandler(getWrapped().getExceptionHandler());
    }

    private static final class PageExceptionHandler extends PrimeExceptionHandler {
        PageExceptionHandler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        protected void handleAjaxException(FacesContext context, Throwable rootCause, ExceptionInfo info) throws IOException {
            try {
                super.handleAjaxException(context, buildView(context, rootCause, rootCause), info);
            } finally {
                // Also when PrimeFaces fails above (a forged request without a valid nonce): the request must end here,
                // never go on through the lifecycle on the view that was just built from scratch for the handler.
                context.responseComplete();
            }
        }
    }
}
