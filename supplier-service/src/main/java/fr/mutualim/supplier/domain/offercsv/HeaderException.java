package fr.mutualim.supplier.domain.offercsv;

import java.util.List;

/** The first line is not a header of the offer file format; nothing of the file can be read. */
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
