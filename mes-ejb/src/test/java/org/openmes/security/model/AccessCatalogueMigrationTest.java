package org.openmes.security.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The roles and permissions the code knows are exactly those the migration seeds, and the seeded grants make sense. */
class AccessCatalogueMigrationTest {
    private static final String MIGRATION = "db/migration/V3__access_control.sql";
    private static final Pattern TUPLE = Pattern.compile("\\(\\s*'([^']*)'\\s*,\\s*'([^']*)'(?:\\s*,\\s*'((?:[^']|'')*)')?\\s*\\)");

    @Test
    void everyPermissionHasARowAndEveryRowAPermission() {
        List<String[]> rows = tuples(statement("insert into security_permission"));
        Set<String> seeded = rows.stream().map(r -> r[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = Arrays.stream(Permission.values()).map(Permission::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(known, seeded);
        assertEquals(rows.size(), seeded.size(), "a permission is seeded twice");
        for (String[] row : rows) {
            Permission permission = Permission.ofCode(row[0]);
            assertEquals(permission.context(), row[1], "bounded context of " + row[0]);
            assertEquals(permission.description(), row[2].replace("''", "'"), "description of " + row[0]);
        }
    }

    @Test
    void everyRoleHasARowAndEveryRowARole() {
        Set<String> seeded = tuples(statement("insert into security_role ")).stream().map(r -> r[0])
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> known = Arrays.stream(MesRole.values()).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(known, seeded);
    }

    @Test
    void theCatalogueHasAtLeastThirtyPermissionsWithDescriptions() {
        assertTrue(Permission.values().length >= 30);
        for (Permission permission : Permission.values()) {
            assertTrue(permission.code().matches("[a-z]+(\\.[a-z]+)+"), permission.code());
            assertTrue(permission.context().matches("[a-z]+"), permission.code());
            assertTrue(!permission.description().isBlank(), permission.code());
        }
    }

    @Test
    void everyRoleIsGrantedKnownPermissionsByDefaultAndTheAdministratorEverything() {
        Map<MesRole, Set<Permission>> grants = defaultGrants();
        assertEquals(EnumSet.allOf(MesRole.class), grants.keySet(), "every role is granted something");
        assertTrue(statement("select 'ADMIN', code").contains("from security_permission"), "ADMIN is granted the whole catalogue");
    }

    @Test
    void viewersOnlyReadAndSeeEverythingThatCanBeRead() {
        Set<Permission> readable = EnumSet.noneOf(Permission.class);
        Arrays.stream(Permission.values()).filter(p -> p.code().endsWith(".view")).forEach(readable::add);
        assertEquals(readable, defaultGrants().get(MesRole.VIEWER));
    }

    @Test
    void theErpSystemReachesOrdersAndTheIntegrationOnly() {
        assertEquals(EnumSet.of(Permission.ORDER_VIEW, Permission.ORDER_EDIT, Permission.ERP_INTEGRATE),
                defaultGrants().get(MesRole.ERP_SYSTEM));
    }

    @Test
    void operatorsRunJobsRecordDowntimeAndRaiseAndonButManageNothing() {
        Set<Permission> operator = defaultGrants().get(MesRole.OPERATOR);
        assertTrue(operator.containsAll(EnumSet.of(Permission.JOB_EXECUTE, Permission.CHECKLIST_COMPLETE,
                Permission.DOWNTIME_RECORD, Permission.ANDON_RAISE)), operator.toString());
        assertTrue(operator.stream().noneMatch(p -> p.context().equals("security") && p != Permission.SIGNATURE_SIGN),
                operator.toString());
    }

    @Test
    void everyRoleIsMappedFromItsDefaultGroup() {
        Map<String, String> mappings = tuples(statement("insert into security_group_mapping")).stream()
                .collect(Collectors.toMap(r -> r[0], r -> r[1]));
        for (MesRole role : MesRole.values()) {
            assertEquals(role.name(), mappings.get("mes-" + role.name().toLowerCase().replace('_', '-')), role.name());
        }
    }

    /** The explicit grants (every role but the administrator, who is granted the catalogue as a whole). */
    private static Map<MesRole, Set<Permission>> defaultGrants() {
        Map<MesRole, Set<Permission>> grants = new EnumMap<>(MesRole.class);
        grants.put(MesRole.ADMIN, EnumSet.allOf(Permission.class));
        for (String[] grant : tuples(statement("select g.role_code, g.permission_code"))) {
            MesRole role = MesRole.valueOf(grant[0]);
            Permission permission = Permission.ofCode(grant[1]);
            assertTrue(permission != null, "unknown permission granted to " + role + ": " + grant[1]);
            assertTrue(grants.computeIfAbsent(role, r -> EnumSet.noneOf(Permission.class)).add(permission),
                    role + " is granted " + permission + " twice");
        }
        return grants;
    }

    /** The statement of the migration that starts with {@code start}, up to its semicolon. */
    private static String statement(String start) {
        String sql = migration();
        int from = sql.indexOf(start);
        assertTrue(from >= 0, "no statement starting with '" + start + "' in " + MIGRATION);
        return sql.substring(from, sql.indexOf(";\n", from));
    }

    private static List<String[]> tuples(String statement) {
        List<String[]> tuples = new ArrayList<>();
        Matcher m = TUPLE.matcher(statement);
        while (m.find()) {
            tuples.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return tuples;
    }

    private static String migration() {
        try (InputStream in = AccessCatalogueMigrationTest.class.getClassLoader().getResourceAsStream(MIGRATION)) {
            assertTrue(in != null, MIGRATION + " is not on the classpath");
            // comments are left out: they may quote codes that are not seeded
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n", "", "\n"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
