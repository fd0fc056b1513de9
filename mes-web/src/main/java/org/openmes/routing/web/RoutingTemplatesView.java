package org.openmes.routing.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openmes.common.NotFoundException;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.routing.service.RoutingService;
import org.openmes.routing.service.RoutingTemplateDto;
import org.primefaces.PrimeFaces;

/**
 * Backing bean of {@code /routing-templates.xhtml}: every template in a table (filtered, sorted and paged in the
 * page: templates are few), and a dialog to create or change one with its ordered operations (version checked).
 */
@Named
@ViewScoped
public class RoutingTemplatesView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "templatesForm";
    private static final String TEMPLATE_FORM = "templateForm";

    @EJB
    private RoutingService routingService;

    private List<RoutingTemplateDto> templates = List.of();
    private Long editedId;
    private Long version;
    private String name;
    private String description;
    private OperationRows operationRows;

    public void load() {
        ActionFeedback.run(FORM, () -> templates = routingService.templates());
    }

    /** Opens the dialog on a new template with one empty operation. */
    public void newTemplate() {
        editedId = null;
        version = null;
        name = null;
        description = null;
        operationRows = new OperationRows();
        operationRows.add();
    }

    /** Opens the dialog on template {@code id} as shown. */
    public void editTemplate(long id) {
        ActionFeedback.run(FORM, () -> {
            RoutingTemplateDto template = shown(id);
            editedId = template.id();
            version = template.version();
            name = template.name();
            description = template.description();
            operationRows = OperationRows.of(template.operations());
        });
    }

    /** Creates or changes the template of the dialog; on success the dialog closes and the list is read again. */
    public void saveTemplate() {
        boolean saved = ActionFeedback.run(TEMPLATE_FORM, () -> {
            RoutingTemplateDto draft = new RoutingTemplateDto(editedId, name, description, version, operationRows.toDtos());
            RoutingTemplateDto stored = editedId == null ? routingService.createTemplate(draft)
                    : routingService.updateTemplate(editedId, draft);
            templates = routingService.templates();
            ActionFeedback.info("Routing template " + stored.name() + " saved");
        });
        if (saved) {
            PrimeFaces.current().executeScript("PF('templateDialog').hide()");
            refilter();
        }
    }

    /** Deletes template {@code id}; routings created from it keep their operations. */
    public void deleteTemplate(long id) {
        ActionFeedback.run(FORM, () -> {
            RoutingTemplateDto template = shown(id);
            routingService.deleteTemplate(id);
            templates = routingService.templates();
            ActionFeedback.info("Routing template " + template.name() + " deleted");
            refilter();
        });
    }

    /** The table filters in the page: a changed list must be filtered again with the filters the user set. */
    private static void refilter() {
        PrimeFaces.current().executeScript("PF('templatesTable').filter()");
    }

    private RoutingTemplateDto shown(long id) {
        return templates.stream().filter(template -> template.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("routing template", id));
    }

    /** Whether the dialog creates a template (or changes one). */
    public boolean isCreating() {
        return editedId == null;
    }

    public List<RoutingTemplateDto> getTemplates() {
        return templates;
    }

    public Long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OperationRows getOperationRows() {
        return operationRows;
    }
}
