package fr.mutualim.chassis.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Reads an event's data into the consumer's own record type. Unlike request bodies, events are read
 * tolerantly: a producer may add fields in a compatible version without breaking its consumers.
 */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(IncomingEvent event, Class<T> type) {
        ObjectReader reader = mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return reader.readValue(event.data());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + event.id() + " of type " + event.type()
                    + " has unreadable data: " + e.getOriginalMessage(), e);
        }
    }
}
