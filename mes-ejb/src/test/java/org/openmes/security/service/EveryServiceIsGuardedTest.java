package org.openmes.security.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openmes.kiosk.service.KioskSignInService;

/**
 * Every business method of every stateless service of the core names the permission it needs, so that a new
 * service or method cannot go unguarded by oversight. The one exception says who you are and needs none.
 */
class EveryServiceIsGuardedTest {
    /**
     * Open without a permission: CallerService answers who the caller is (and refuses a request without one itself);
     * KioskSignInService is what a kiosk does before anyone is signed in, each call needing a device's or an
     * operator's own secret.
     */
    private static final Set<Class<?>> OPEN_TO_EVERY_CALLER = Set.of(CallerService.class, KioskSignInService.class);

    @Test
    void everyPublicMethodOfEveryStatelessServiceRequiresAPermission() throws Exception {
        List<Class<?>> services = statelessServices();
        assertTrue(services.size() >= 3, "found only " + services);
        List<String> unguarded = new ArrayList<>();
        for (Class<?> service : services) {
            if (OPEN_TO_EVERY_CALLER.contains(service)) {
                continue;
            }
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isAnnotationPresent(RequiresPermission.class)
                        && !service.isAnnotationPresent(RequiresPermission.class)) {
                    unguarded.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertEquals(List.of(), unguarded);
    }

    private static List<Class<?>> statelessServices() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(RequiresPermission.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> services = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, EveryServiceIsGuardedTest.class.getClassLoader());
                if (type.isAnnotationPresent(Stateless.class)) {
                    services.add(type);
                }
            }
        }
        return services;
    }
}
