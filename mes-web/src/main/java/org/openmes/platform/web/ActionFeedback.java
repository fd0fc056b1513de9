package org.openmes.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmes.common.ForbiddenException;
import org.openmes.common.MesException;
import org.openmes.common.NotAuthenticatedException;

/**
 * Runs a page action and reports its failure the same way on every page. A {@link MesException} is the
 * service refusing the input: its message goes beside the input its field names (the last segment of a dotted
 * field such as {@code capacity.hoursPerDay} is the input's id), or to the form's messages when the field names
 * no input on the page. A field of a list item ({@code variants[1].materialId}) goes beside that input in row 1 of
 * the table whose id is the list's name, and a field naming the whole list ({@code variants}) beside that table.
 * Anything else is a defect: it is logged with a short reference and the user sees only a
 * generic message quoting that reference, never the exception. A refusal of access is no message beside an input:
 * it is passed on, so that the page exception handler shows the error page (403) instead of the page.
 */
public final class ActionFeedback {
    private static final Logger LOG = Logger.getLogger(ActionFeedback.class.getName());
    /** {@code list[index].input}, the last segment being the input's id. */
    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(?:.*\\.)?(\\w+)");

    private ActionFeedback() {
    }

    /**
     * Runs {@code action}. On failure the messages are added and validation is marked failed, so the page keeps
     * what the user typed.
     *
     * @param formId id of the form the page action belongs to; form-level messages are keyed by its client id
     * @return whether the action completed
     */
    public static boolean run(String formId, Runnable action) {
        try {
            action.run();
            return true;
        } catch (ForbiddenException | NotAuthenticatedException refused) {
            throw refused;
        } catch (MesException e) {
            FacesContext context = FacesContext.getCurrentInstance();
            UIComponent form = context.getViewRoot().findComponent(formId);
            context.addMessage(clientIdFor(context, form, e.getField()), error(e.getMessage()));
            context.validationFailed();
            return false;
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, e, () -> "Page action failed, reference " + reference);
            FacesContext context = FacesContext.getCurrentInstance();
            String formClientId = context.getViewRoot().findComponent(formId).getClientId(context);
            context.addMessage(formClientId, error("Something went wrong and the request was not completed. "
                    + "The problem was logged with reference " + reference + "; quote it if you report it."));
            context.validationFailed();
            return false;
        }
    }

    /** A confirmation for the page's growl. */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private static String clientIdFor(FacesContext context, UIComponent form, String field) {
        if (field != null) {
            Matcher row = ROW_FIELD.matcher(field);
            if (row.matches()) {
                String rowInput = rowInputClientId(context, form, row.group(1), Integer.parseInt(row.group(2)), row.group(3));
                if (rowInput != null) {
                    return rowInput;
                }
            }
            UIComponent input = form.findComponent(field.substring(field.lastIndexOf('.') + 1));
            if ((input instanceof UIInput || input instanceof UIData) && isOnPage(input)) {
                return input.getClientId(context);
            }
        }
        return form.getClientId(context);
    }

    /** The client id of input {@code inputId} in row {@code index} of table {@code tableId}, or null if there is none. */
    private static String rowInputClientId(FacesContext context, UIComponent form, String tableId, int index, String inputId) {
        if (!(form.findComponent(tableId) instanceof UIData table) || !isOnPage(table)) {
            return null;
        }
        UIComponent input = table.findComponent(inputId);
        if (!(input instanceof UIInput)) {
            return null;
        }
        int current = table.getRowIndex();
        try {
            table.setRowIndex(index);
            return table.isRowAvailable() ? input.getClientId(context) : null;
        } finally {
            table.setRowIndex(current);
        }
    }

    /** A message for an input inside a section that is not rendered would never be seen. */
    private static boolean isOnPage(UIComponent component) {
        for (UIComponent c = component; c != null; c = c.getParent()) {
            if (!c.isRendered()) {
                return false;
            }
        }
        return true;
    }

    /** Summary and detail alike: p:messages and p:growl show the summary, p:message the detail. */
    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
