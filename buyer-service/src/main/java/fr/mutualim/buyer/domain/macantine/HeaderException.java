package fr.mutualim.buyer.domain.macantine;

import java.util.List;

/** The first line is not the header the file's format expects; errors say what differs. */
public class HeaderException extends RuntimeException {

    private final List<LineError> errors;

    public HeaderException(String message, List<LineError> errors) {
        super(message, null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<LineError> errors() {
        return errors;
    }
}
