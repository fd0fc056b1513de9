package org.openmes.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Deserializers that accept only the JSON type matching the Java type. Yasson is lenient in ways that lose
 * data: it reads {@code 2.5} into an Integer as 2, a too large number as a wrapped-around one, and any
 * string into a Boolean as false. Yasson cannot apply them to primitive properties, so DTOs should use the
 * wrapper types.
 */
final class StrictScalars {
    private StrictScalars() {
    }

    static JsonbDeserializer<?>[] all() {
        return new JsonbDeserializer<?>[] {new BooleanDeserializer(), new IntegerDeserializer(), new LongDeserializer()};
    }

    /** A value of the wrong JSON type; its message is ours and safe to show (Yasson adds the property). */
    static final class WrongJsonTypeException extends JsonbException {
        private static final long serialVersionUID = 1L;

        WrongJsonTypeException(String message) {
            super(message);
        }
    }

    static final class BooleanDeserializer implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new WrongJsonTypeException("must be true or false");
            };
        }
    }

    static final class IntegerDeserializer implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = wholeNumber(parser.getValue());
            try {
                return number == null ? null : number.intValueExact();
            } catch (ArithmeticException e) {
                throw new WrongJsonTypeException("is out of range");
            }
        }
    }

    static final class LongDeserializer implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonNumber number = wholeNumber(parser.getValue());
            try {
                return number == null ? null : number.longValueExact();
            } catch (ArithmeticException e) {
                throw new WrongJsonTypeException("is out of range");
            }
        }
    }

    /** The number, null for JSON null (Yasson hands nulls to user deserializers; @NotNull judges them). */
    private static JsonNumber wholeNumber(JsonValue value) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number;
        }
        throw new WrongJsonTypeException("must be a whole number");
    }
}
