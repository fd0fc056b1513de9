package org.openmes.kiosk.service;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** Operator PINs as salted PBKDF2 hashes (Jakarta Security's {@link Pbkdf2PasswordHash}), configured once. */
@ApplicationScoped
public class PinHashing {
    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        // OWASP's recommendation for PBKDF2-HMAC-SHA256; a PIN is short, so the work factor is what protects it
        hash.initialize(Map.of("Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                "Pbkdf2PasswordHash.Iterations", "210000", "Pbkdf2PasswordHash.SaltSizeBytes", "32"));
    }

    public String hash(String pin) {
        return hash.generate(pin.toCharArray());
    }

    public boolean matches(String pin, String storedHash) {
        return pin != null && hash.verify(pin.toCharArray(), storedHash);
    }
}
