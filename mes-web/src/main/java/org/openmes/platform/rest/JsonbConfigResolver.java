package org.openmes.platform.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one JSON-B configuration of the API, used by the JSON provider for every request and response body:
 * unknown properties refused, nulls left out, ISO-8601 dates, no lenient reading of numbers and booleans.
 */
@Provider
@ApplicationScoped
public class JsonbConfigResolver implements ContextResolver<Jsonb> {
    private static final Logger LOG = Logger.getLogger(JsonbConfigResolver.class.getName());

    /**
     * Yasson's switch (YassonConfig.FAIL_ON_UNKNOWN_PROPERTIES, same key in Yasson 3); JSON-B itself has
     * none. Spelled out because Yasson is not on the compile classpath. A misspelt property must be
     * refused rather than silently dropped, or a client believes it changed a field it did not.
     */
    private static final String FAIL_ON_UNKNOWN_PROPERTIES = "jsonb.fail-on-unknown-properties";

    private Jsonb jsonb;

    /** Built here, not in a field initializer, so that the CDI client proxy does not build one too. */
    @PostConstruct
    void open() {
        jsonb = JsonbBuilder.create(new JsonbConfig()
                .withNullValues(false)
                // the default format is ISO-8601 for java.time and java.util dates alike; stated, not assumed
                .withDateFormat(JsonbDateFormat.DEFAULT_FORMAT, Locale.ROOT)
                .withDeserializers(StrictScalars.all())
                .setProperty(FAIL_ON_UNKNOWN_PROPERTIES, true));
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Closing the JSON-B instance failed", e);
        }
    }
}
