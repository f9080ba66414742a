package fr.mutualim.chassis.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited records one at a time (RFC 4180 quoting: a quoted field may hold the separator,
 * a line break, or a doubled quote), so that a file of any size needs constant memory. Each record
 * knows the physical line it starts on, for error messages.
 */
public final class CsvReader {

    /** Longest record accepted: an unclosed quote must not swallow the rest of a large file. */
    static final int MAX_RECORD_CHARS = 64 * 1024;

    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int limit;
    private long line;

    /** @param firstLine the 1-based line number of the first record {@code in} will give */
    public CsvReader(Reader in, char separator, long firstLine) {
        this.in = in;
        this.separator = separator;
        this.line = firstLine;
    }

    /** One record: the line it starts on and its fields, unquoted. */
    public record Row(long line, List<String> fields) {

        /** True for an empty line, which files often end with: it is not a record. */
        public boolean blank() {
            return fields.size() == 1 && fields.get(0).isBlank();
        }
    }

    /** The next record, or null at the end of the input. */
    public Row next() throws IOException {
        int c = read();
        if (c < 0) {
            return null;
        }
        long start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean fieldStarted = false;
        int length = 0;
        while (true) {
            if (++length > MAX_RECORD_CHARS) {
                throw new CsvFormatException(start, "is longer than " + MAX_RECORD_CHARS
                        + " characters: is a quote left open?");
            }
            if (quoted) {
                if (c < 0) {
                    throw new CsvFormatException(start, "has a quote that is never closed");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c < 0 || c == '\n') {
                fields.add(field.toString());
                if (c == '\n') {
                    line++;
                }
                return new Row(start, fields);
            } else if (c == '\r') {
                // a CRLF line end: the LF that follows ends the record
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                fieldStarted = false;
            } else if (c == '"' && !fieldStarted && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                fieldStarted = true;
            } else {
                field.append((char) c);
                fieldStarted = c != ' ';
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return -1;
            }
        }
        return buffer[position++];
    }
}
