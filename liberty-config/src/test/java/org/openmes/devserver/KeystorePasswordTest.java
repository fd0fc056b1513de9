package org.openmes.devserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeystorePasswordTest {
    @TempDir
    Path directory;

    @Test
    void generatedPasswordsAreLongRandomAndNeedNoQuoting() {
        String password = KeystorePassword.generate();
        assertEquals(32, password.length());
        assertTrue(password.matches("[A-Za-z0-9_-]+"), password);
        assertNotEquals(password, KeystorePassword.generate());
    }

    @Test
    void theFirstStartWritesAPasswordOnlyItsOwnerCanReadAndLaterStartsReuseIt() throws IOException {
        Path file = directory.resolve("data/keystore-password");
        String first = KeystorePassword.readOrCreate(file);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first, KeystorePassword.readOrCreate(file));
    }

    @Test
    void aKeystoreOfAnotherPasswordIsRemovedSoLibertyGeneratesANewOne() throws Exception {
        Path keystore = keystore("old-password");
        KeystorePassword.discardKeystoreNotOpenedBy(keystore, "new-password");
        assertFalse(Files.exists(keystore));
    }

    @Test
    void aKeystoreThePasswordOpensIsKept() throws Exception {
        Path keystore = keystore("the-password");
        KeystorePassword.discardKeystoreNotOpenedBy(keystore, "the-password");
        assertTrue(Files.exists(keystore));
    }

    @Test
    void noKeystoreYetIsNothingToRemove() throws IOException {
        KeystorePassword.discardKeystoreNotOpenedBy(directory.resolve("key.p12"), "the-password");
        assertFalse(Files.exists(directory.resolve("key.p12")));
    }

    private Path keystore(String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        Path file = directory.resolve("key.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, password.toCharArray());
        }
        return file;
    }
}
