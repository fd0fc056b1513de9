package org.openmes.security.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openmes.security.service.UserDirectoryEntryDto;
import org.openmes.security.service.UserDirectoryService;

/**
 * The read-only "People the MES has seen" section of the access-control page: who signed in, with the groups they had
 * then. Shown to callers with {@code user.manage} only (the service refuses others); read once per request.
 */
@Named
@RequestScoped
public class DirectoryView {
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @EJB
    UserDirectoryService directory;

    @Inject
    CurrentUser currentUser;

    private List<UserDirectoryEntryDto> entries;

    public List<UserDirectoryEntryDto> getEntries() {
        if (entries == null) {
            entries = currentUser.may("user.manage") ? directory.entries() : List.of();
        }
        return entries;
    }

    /** The person's groups as one line. */
    public String groups(UserDirectoryEntryDto entry) {
        return String.join(", ", entry.groups());
    }

    /** A moment as the page shows it (UTC, to the minute). */
    public String seen(Instant at) {
        return SEEN.format(at);
    }
}
