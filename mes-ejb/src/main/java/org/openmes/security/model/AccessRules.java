package org.openmes.security.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The access policy of the plant at one moment: what each role may do, which corporate groups mean which
 * roles, and the roles assigned to principals in the MES itself. A caller's roles are the roles of its groups
 * together with its own assignments; its permissions are everything its roles are granted. Immutable.
 */
public final class AccessRules {
    private final Map<MesRole, Set<Permission>> grants;
    private final Map<String, Set<MesRole>> rolesByGroup;
    private final Map<String, Set<MesRole>> rolesByPrincipal;

    private AccessRules(Builder builder) {
        Map<MesRole, Set<Permission>> grantsCopy = new EnumMap<>(MesRole.class);
        builder.grants.forEach((role, permissions) -> grantsCopy.put(role, Collections.unmodifiableSet(EnumSet.copyOf(permissions))));
        this.grants = Collections.unmodifiableMap(grantsCopy);
        this.rolesByGroup = frozen(builder.rolesByGroup);
        this.rolesByPrincipal = frozen(builder.rolesByPrincipal);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The roles of {@code caller}: those of its groups and those assigned to its name. The system has none. */
    public Set<MesRole> rolesOf(CallerIdentity caller) {
        Set<MesRole> roles = EnumSet.noneOf(MesRole.class);
        if (caller.isSystem()) {
            return roles;
        }
        for (String group : caller.groups()) {
            roles.addAll(rolesByGroup.getOrDefault(group, Set.of()));
        }
        roles.addAll(rolesByPrincipal.getOrDefault(caller.name(), Set.of()));
        return roles;
    }

    /** Everything the roles of {@code caller} are granted. */
    public Set<Permission> permissionsOf(CallerIdentity caller) {
        return permissionsOf(rolesOf(caller));
    }

    /** The corporate groups whose members hold {@code role}. */
    public Set<String> groupsOf(MesRole role) {
        Set<String> groups = new TreeSet<>();
        rolesByGroup.forEach((group, roles) -> {
            if (roles.contains(role)) {
                groups.add(group);
            }
        });
        return groups;
    }

    /**
     * The people who hold {@code role}: those it is assigned to in the MES, together with those of {@code known}
     * (principal name → the groups they had when last seen) whose groups map to it; each once, by name. Someone the
     * MES has not seen is not among them, whatever groups the identity provider puts them in.
     */
    public SortedSet<String> holdersOf(MesRole role, Map<String, Set<String>> known) {
        SortedSet<String> holders = new TreeSet<>();
        rolesByPrincipal.forEach((principal, roles) -> {
            if (roles.contains(role)) {
                holders.add(principal);
            }
        });
        known.forEach((principal, groups) -> {
            if (groups.stream().anyMatch(group -> rolesByGroup.getOrDefault(group, Set.of()).contains(role))) {
                holders.add(principal);
            }
        });
        return holders;
    }

    /** Everything {@code roles} are granted together. */
    public Set<Permission> permissionsOf(Set<MesRole> roles) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (MesRole role : roles) {
            permissions.addAll(grants.getOrDefault(role, Set.of()));
        }
        return permissions;
    }

    private static Map<String, Set<MesRole>> frozen(Map<String, Set<MesRole>> roles) {
        Map<String, Set<MesRole>> copy = new HashMap<>();
        roles.forEach((key, value) -> copy.put(key, Collections.unmodifiableSet(EnumSet.copyOf(value))));
        return Collections.unmodifiableMap(copy);
    }

    /** Collects grants, group mappings and assignments, as read from the database. */
    public static final class Builder {
        private final Map<MesRole, Set<Permission>> grants = new EnumMap<>(MesRole.class);
        private final Map<String, Set<MesRole>> rolesByGroup = new HashMap<>();
        private final Map<String, Set<MesRole>> rolesByPrincipal = new HashMap<>();

        private Builder() {
        }

        public Builder grant(MesRole role, Permission permission) {
            grants.computeIfAbsent(role, r -> EnumSet.noneOf(Permission.class)).add(permission);
            return this;
        }

        public Builder mapGroup(String group, MesRole role) {
            rolesByGroup.computeIfAbsent(group, g -> EnumSet.noneOf(MesRole.class)).add(role);
            return this;
        }

        public Builder assign(String principalName, MesRole role) {
            rolesByPrincipal.computeIfAbsent(principalName, p -> EnumSet.noneOf(MesRole.class)).add(role);
            return this;
        }

        public AccessRules build() {
            return new AccessRules(this);
        }
    }
}
