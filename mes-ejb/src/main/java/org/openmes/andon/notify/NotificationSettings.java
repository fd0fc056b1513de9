package org.openmes.andon.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.openmes.andon.model.NotificationChannel;

/** The notification settings (MicroProfile Config, docs/configuration.md): which channels are on, the gateway, retries. */
@ApplicationScoped
public class NotificationSettings {
    @Inject
    @ConfigProperty(name = "mes.andon.notify.email.enabled", defaultValue = "false")
    boolean emailEnabled;

    @Inject
    @ConfigProperty(name = "mes.andon.notify.sms.url")
    Optional<String> smsUrl;

    @Inject
    @ConfigProperty(name = "mes.andon.notify.sms.token")
    Optional<String> smsToken;

    @Inject
    @ConfigProperty(name = "mes.andon.notify.max-attempts", defaultValue = "5")
    int maxAttempts;

    @Inject
    @ConfigProperty(name = "mes.andon.notify.retry-seconds", defaultValue = "30")
    int retrySeconds;

    @Inject
    @ConfigProperty(name = "mes.andon.notify.poll-seconds", defaultValue = "10")
    int pollSeconds;

    @Inject
    @ConfigProperty(name = "mes.andon.notify.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "mes.andon.notify.retention-days", defaultValue = "90")
    int retentionDays;

    @Inject
    @ConfigProperty(name = "mes.andon.notify.retention-round-seconds", defaultValue = "3600")
    int retentionRoundSeconds;

    /** The channels switched on: e-mail by {@code mes.andon.notify.email.enabled}, SMS by a gateway URL. */
    public Set<NotificationChannel> channels() {
        Set<NotificationChannel> channels = EnumSet.noneOf(NotificationChannel.class);
        if (emailEnabled) {
            channels.add(NotificationChannel.EMAIL);
        }
        if (smsUrl().isPresent()) {
            channels.add(NotificationChannel.SMS);
        }
        return channels;
    }

    public Optional<String> smsUrl() {
        return smsUrl.filter(url -> !url.isBlank());
    }

    public Optional<String> smsToken() {
        return smsToken.filter(token -> !token.isBlank());
    }

    public int maxAttempts() {
        return Math.max(1, maxAttempts);
    }

    /** The wait after the first failed attempt; it doubles after each further one. */
    public Duration retryBackoff() {
        return Duration.ofSeconds(Math.max(1, retrySeconds));
    }

    public Duration pollInterval() {
        return Duration.ofSeconds(Math.max(1, pollSeconds));
    }

    public Duration timeout() {
        return Duration.ofSeconds(Math.max(1, timeoutSeconds));
    }

    /** How long the settled messages of a resolved call are kept after its resolution. */
    public Duration retention() {
        return Duration.ofDays(Math.max(1, retentionDays));
    }

    /** How often the clean-up round runs. */
    public Duration retentionRound() {
        return Duration.ofSeconds(Math.max(1, retentionRoundSeconds));
    }
}
