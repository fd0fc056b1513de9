package org.openmes.security.service;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.openmes.security.model.Permission;

/**
 * Who the MES knows from their sign-ins, with their corporate groups (see {@link UserDirectory}): read-only, and
 * personal data, so it needs {@code user.manage}.
 */
@Stateless
@RequiresPermission(Permission.USER_MANAGE)
public class UserDirectoryService {
    @Inject
    UserDirectory directory;

    /** Everyone seen, by principal name. */
    public List<UserDirectoryEntryDto> entries() {
        return directory.entries();
    }
}
