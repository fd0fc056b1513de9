package org.openmes.platform.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns every failure to read a request body into a {@link MalformedRequestException} that names the
 * offending JSON property. Doing it around the reader (and not in the exception mapper) is what tells a
 * client's bad JSON (400) apart from a JSON-B failure while writing a response (a server bug, 500): both
 * reach the mapper as the same JsonbException otherwise.
 */
@Provider
@ApplicationScoped
public class BodyReadInterceptor implements ReaderInterceptor {

    /** Yasson 3 wraps a failure inside a property in one such exception per nesting level, outermost first. */
    private static final Pattern PROPERTY_FAILURE = Pattern.compile("^Unable to deserialize property '([^']*)' because of: ");

    /** Yasson's message for a property the target class lacks (with fail-on-unknown-properties). */
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Json property (\\S+) can not be mapped to a class");

    /**
     * Yasson lets the enum's own IllegalArgumentException through without the property name; the rejected
     * value at least can be quoted (the class name before it must not be).
     */
    private static final Pattern UNKNOWN_ENUM_VALUE = Pattern.compile("^No enum constant [\\w.$]+\\.([\\w-]*)$");

    @Inject
    JsonbConfigResolver jsonbConfig;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || context.getType() == String.class) {
            return read(context);
        }
        // bounded: PayloadLimitFilter has refused anything over mes.api.max-payload-bytes before this point
        byte[] body = context.getInputStream().readAllBytes();
        boolean expectArray = context.getType().isArray() || Collection.class.isAssignableFrom(context.getType());
        JsonValue sent = JsonShape.singleDocument(body, expectArray);
        context.setInputStream(new ByteArrayInputStream(body));
        Object bound = read(context);
        if (bound != null) {
            Optional<String> squeezed = JsonShape.arrayReadAsSingleValue(sent,
                    jsonbConfig.getContext(context.getType()).toJson(bound, context.getGenericType()));
            if (squeezed.isPresent()) {
                throw new MalformedRequestException(squeezed.get(),
                        "Property '" + squeezed.get() + "' must be a single value, not a JSON array");
            }
        }
        return bound;
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || mediaType.getSubtype().endsWith("+json"));
    }

    private static Object read(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException e) {
            throw e;
        } catch (RuntimeException | IOException e) {
            throw describe(e);
        }
    }

    /**
     * Builds the client-facing explanation from the failure; Yasson's own messages carry Java class names
     * and stay in the cause (logged, never sent).
     */
    private static MalformedRequestException describe(Throwable failure) {
        List<String> path = new ArrayList<>();
        String unknownProperty = null;
        String unknownEnumValue = null;
        String wrongType = null;
        for (Throwable t : CauseChain.of(failure)) {
            if (t instanceof JsonParsingException parsing) {
                JsonLocation at = parsing.getLocation();
                String where = at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")";
                return new MalformedRequestException(null, "The request body is not well-formed JSON" + where, failure);
            }
            if (t instanceof StrictScalars.WrongJsonTypeException strict) {
                wrongType = strict.getMessage();
            }
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher property = PROPERTY_FAILURE.matcher(message);
            if (property.find()) {
                path.add(property.group(1));
            }
            Matcher unknown = UNKNOWN_PROPERTY.matcher(message);
            if (unknown.find()) {
                unknownProperty = unknown.group(1);
            }
            Matcher enumValue = UNKNOWN_ENUM_VALUE.matcher(message);
            if (t instanceof IllegalArgumentException && enumValue.find()) {
                unknownEnumValue = enumValue.group(1);
            }
        }
        if (unknownProperty != null) {
            path.add(unknownProperty);
            String field = String.join(".", path);
            return new MalformedRequestException(field, "Property '" + field + "' is not known here", failure);
        }
        if (!path.isEmpty()) {
            String field = String.join(".", path);
            return new MalformedRequestException(field, "Property '" + field + "' "
                    + (wrongType != null ? wrongType : "has a value of the wrong type or an unknown value"), failure);
        }
        if (unknownEnumValue != null) {
            return new MalformedRequestException(null,
                    "Value '" + unknownEnumValue + "' is not one of the values allowed for its property", failure);
        }
        return new MalformedRequestException(null,
                "The request body could not be read as the JSON document this operation expects", failure);
    }
}
