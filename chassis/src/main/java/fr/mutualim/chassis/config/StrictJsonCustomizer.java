package fr.mutualim.chassis.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;

/**
 * Jackson's defaults accept input a client certainly did not mean: trailing garbage after the
 * document, {@code 1.5} silently stored as {@code 1}, misspelled fields ignored, and NUL characters
 * that PostgreSQL later refuses with a 500. Here they all become 400 problems naming the field.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.registerModule(new SimpleModule("no-control-characters")
                .addDeserializer(String.class, new NoControlCharacters()));
    }

    /** Rejects control characters other than tab, line feed and carriage return. */
    static final class NoControlCharacters extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (value != null) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                        throw JsonMappingException.from(parser, String.format(
                                "control character U+%04X at position %d is not allowed", (int) c, i));
                    }
                }
            }
            return value;
        }
    }
}
