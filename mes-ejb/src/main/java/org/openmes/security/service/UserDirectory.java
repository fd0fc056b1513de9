package org.openmes.security.service;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.Principal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.openmes.security.model.CallerIdentity;
import org.openmes.security.model.CallerKind;

/**
 * What the MES remembers of the people who signed in (table {@code security_user_directory}): per principal name,
 * the groups the identity provider or the token gave them when last seen, and when that was. A role mapped to a
 * corporate group reaches its members through it; someone who never signed in to the MES is unknown here until they
 * do. The web tier reports every signed-in request ({@link #seen}); this server writes only when the person's groups
 * differ from what it last wrote for them, or the day changed, so not once per request. Only people are remembered
 * (callers of kind USER): not technical accounts, operators signed in at a kiosk, or the MES itself. System work,
 * not a guarded service: being remembered needs no permission.
 */
@ApplicationScoped
public class UserDirectory {
    private static final String UPSERT = "insert into security_user_directory (principal_name, groups, first_seen_at, last_seen_at)"
            + " values (?, ?, ?, ?) on conflict (principal_name) do update set groups = excluded.groups, last_seen_at = excluded.last_seen_at";
    private static final String MEMBERS = "select principal_name, groups from security_user_directory where groups && ?";
    private static final String ENTRIES = "select principal_name, groups, first_seen_at, last_seen_at from security_user_directory"
            + " order by principal_name limit 1000"; // bounded like every list of the API (api.md)

    @Resource(lookup = "jdbc/mes")
    DataSource dataSource;

    @Inject
    AccessControl access;

    /** What this server last wrote per principal: the groups and the day. */
    private final Map<String, Seen> written = new ConcurrentHashMap<>();

    /**
     * Remembers that the person signed in as {@code principal} (authenticated on this thread, groups from the
     * container) was seen now, when that is news. Outside any transaction, each write commits on its own.
     */
    public void seen(Principal principal) {
        Optional<CallerIdentity> person = access.callerOf(Optional.of(principal)).filter(caller -> caller.kind() == CallerKind.USER);
        if (person.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        String name = person.get().name();
        Seen seen = new Seen(new TreeSet<>(person.get().groups()), now.atOffset(ZoneOffset.UTC).toLocalDate());
        if (seen.equals(written.get(name))) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
            upsert.setString(1, name);
            upsert.setArray(2, connection.createArrayOf("text", seen.groups().toArray()));
            upsert.setObject(3, at);
            upsert.setObject(4, at);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Remembering the groups of " + name + " failed", e);
        }
        written.put(name, seen);
    }

    /** The people seen in at least one of {@code groups}: principal name → the groups they had when last seen. */
    public Map<String, Set<String>> membersOf(Collection<String> groups) {
        Map<String, Set<String>> members = new HashMap<>();
        if (groups.isEmpty()) {
            return members;
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(MEMBERS)) {
            select.setArray(1, connection.createArrayOf("text", groups.toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    members.put(result.getString(1), Set.of(texts(result.getArray(2))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the members of groups " + groups + " failed", e);
        }
        return members;
    }

    /** Everyone the MES has seen, by principal name (the first 1000). */
    public List<UserDirectoryEntryDto> entries() {
        List<UserDirectoryEntryDto> entries = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(ENTRIES);
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                entries.add(new UserDirectoryEntryDto(result.getString(1), List.of(texts(result.getArray(2))),
                        result.getObject(3, OffsetDateTime.class).toInstant(), result.getObject(4, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the user directory failed", e);
        }
        return entries;
    }

    private static String[] texts(Array array) throws SQLException {
        return (String[]) array.getArray();
    }

    private record Seen(SortedSet<String> groups, LocalDate day) {
    }
}
