package org.openmes.security.service;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.List;
import java.util.Optional;
import org.openmes.common.ConflictException;
import org.openmes.common.InvalidInputException;
import org.openmes.common.NotFoundException;
import org.openmes.common.StaleVersionException;
import org.openmes.common.persistence.SqlStates;
import org.openmes.security.model.Permission;
import org.openmes.security.model.UserContact;

/**
 * People's contact details for andon notifications (e-mail address, mobile number), kept by principal name. Personal
 * data: reading and changing them needs {@code user.manage}.
 */
@Stateless
@RequiresPermission(Permission.USER_MANAGE)
public class UserContactService {
    private static final String RECORD_TYPE = "UserContact";

    @PersistenceContext(unitName = "mes")
    private EntityManager em;

    /** Every contact, by principal name. */
    public List<UserContactDto> contacts() {
        return em.createQuery("select c from UserContact c order by c.principalName", UserContact.class).getResultStream()
                .map(UserContactDto::of).toList();
    }

    public UserContactDto contact(String principalName) {
        return find(principalName).map(UserContactDto::of).orElseThrow(() -> new NotFoundException(RECORD_TYPE, principalName));
    }

    /**
     * Creates or changes the contact of {@code principalName}; a change names the version it was made on (409 when
     * someone changed it since), a new contact has none.
     */
    public UserContactDto save(String principalName, UserContactDto draft) {
        if (draft == null) {
            throw new InvalidInputException(null, "The contact details are required");
        }
        Optional<UserContact> existing = principalName == null ? Optional.empty() : find(principalName.strip());
        if (existing.isEmpty()) {
            UserContact created = new UserContact(principalName, draft.email(), draft.phone());
            em.persist(created);
            try {
                em.flush();
            } catch (PersistenceException e) {
                if (SqlStates.isCausedBy(e, SqlStates.UNIQUE_VIOLATION)) {
                    throw new ConflictException("principalName", principalName + " got contact details from someone else meanwhile; reload");
                }
                throw e;
            }
            return UserContactDto.of(created);
        }
        UserContact contact = existing.get();
        if (draft.version() == null || draft.version() != contact.getVersion()) {
            throw new StaleVersionException(RECORD_TYPE, principalName, draft.version() == null ? -1 : draft.version(), contact.getVersion());
        }
        contact.change(draft.email(), draft.phone());
        em.flush();
        return UserContactDto.of(contact);
    }

    public void remove(String principalName) {
        em.remove(find(principalName).orElseThrow(() -> new NotFoundException(RECORD_TYPE, principalName)));
    }

    private Optional<UserContact> find(String principalName) {
        return em.createQuery("select c from UserContact c where c.principalName = :name", UserContact.class)
                .setParameter("name", principalName).getResultStream().findFirst();
    }
}
