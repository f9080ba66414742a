package fr.mutualim.chassis.csv;

/** The file cannot be read further from {@code line} on (an unclosed quote, a record too long). */
public class CsvFormatException extends RuntimeException {

    private final long line;

    public CsvFormatException(long line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
