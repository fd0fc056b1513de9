package org.openmes.security.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.openmes.platform.web.ActionFeedback;
import org.openmes.security.service.UserContactDto;
import org.openmes.security.service.UserContactService;

/**
 * The contact details section of the access-control page: people's e-mail addresses and mobile numbers for andon
 * notifications. Shown to callers with {@code user.manage} only (the service refuses others). A change is saved with
 * the version the table showed, so someone else's change meanwhile is a conflict beside the form.
 */
@Named
@ViewScoped
public class ContactsView implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "contactForm";

    @EJB
    private UserContactService contacts;

    @Inject
    private CurrentUser currentUser;

    private List<UserContactDto> list = List.of();
    private String principalName;
    private String email;
    private String phone;

    @PostConstruct
    void init() {
        if (currentUser.may("user.manage")) {
            list = contacts.contacts();
        }
    }

    /** Creates the contact of the person named, or changes it with the version shown. */
    public void save() {
        Long version = list.stream().filter(c -> c.principalName().equals(principalName == null ? null : principalName.strip()))
                .map(UserContactDto::version).findFirst().orElse(null);
        if (ActionFeedback.run(FORM, () -> {
            contacts.save(principalName, new UserContactDto(principalName, email, phone, version));
            list = contacts.contacts();
        })) {
            ActionFeedback.info("Contact details of " + principalName.strip() + " saved");
            principalName = null;
            email = null;
            phone = null;
        }
    }

    /** Puts a contact into the form to change it. */
    public void edit(UserContactDto contact) {
        principalName = contact.principalName();
        email = contact.email();
        phone = contact.phone();
    }

    public void remove(String principal) {
        ActionFeedback.run(FORM, () -> {
            contacts.remove(principal);
            list = contacts.contacts();
        });
    }

    public List<UserContactDto> getContacts() {
        return list;
    }

    public String getPrincipalName() {
        return principalName;
    }

    public void setPrincipalName(String principalName) {
        this.principalName = principalName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
