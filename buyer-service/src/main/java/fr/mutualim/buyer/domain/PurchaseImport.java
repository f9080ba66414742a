package fr.mutualim.buyer.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One import of a ma-cantine purchase file, from its validation to its outcome. */
@Entity
@Table(name = "purchase_import")
public class PurchaseImport {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ImportStatus status;
    @Enumerated(EnumType.STRING)
    private ImportMode mode;
    @Column(name = "content_sha256")
    private String contentSha256;
    private String format;
    private String separator;
    @Column(name = "lines_read")
    private long linesRead;
    @Column(name = "lines_processed")
    private long linesProcessed;
    @Column(name = "lines_imported")
    private long linesImported;
    @Column(name = "error_count")
    private long errorCount;
    private String detail;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;
    @ElementCollection
    @CollectionTable(name = "purchase_import_error", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "seq")
    private List<ImportError> errors = new ArrayList<>();

    protected PurchaseImport() {
        // for JPA
    }

    /**
     * An import whose file has been read once: in strict mode any error rejects it at once, otherwise
     * it runs to insert its good lines.
     */
    public static PurchaseImport validated(UUID id, ImportMode mode, String contentSha256, String format,
                                           char separator, long linesRead, long errorCount,
                                           List<ImportError> firstErrors, String requestedBy, Instant now) {
        PurchaseImport i = new PurchaseImport();
        i.id = id;
        i.mode = mode;
        i.contentSha256 = contentSha256;
        i.format = format;
        i.separator = separator == '\t' ? "\\t" : String.valueOf(separator);
        i.linesRead = linesRead;
        i.errorCount = errorCount;
        i.errors.addAll(firstErrors);
        i.requestedBy = requestedBy;
        i.startedAt = now;
        if (mode == ImportMode.STRICT && errorCount > 0) {
            i.status = ImportStatus.REJECTED;
            i.detail = "Strict mode: " + errorCount + " error(s) in the file, nothing was imported";
            i.finishedAt = now;
        } else {
            i.status = ImportStatus.RUNNING;
        }
        return i;
    }

    public void succeed(long imported, Instant now) {
        status = ImportStatus.SUCCEEDED;
        linesProcessed = linesRead;
        linesImported = imported;
        finishedAt = now;
    }

    public void fail(String reason, Instant now) {
        status = ImportStatus.FAILED;
        detail = reason.length() > 500 ? reason.substring(0, 500) : reason;
        finishedAt = now;
    }

    public UUID id() {
        return id;
    }

    public ImportStatus status() {
        return status;
    }

    public ImportMode mode() {
        return mode;
    }

    public String format() {
        return format;
    }

    public String separator() {
        return separator;
    }

    public long linesRead() {
        return linesRead;
    }

    public long linesProcessed() {
        return linesProcessed;
    }

    public long linesImported() {
        return linesImported;
    }

    public long errorCount() {
        return errorCount;
    }

    public List<ImportError> errors() {
        return List.copyOf(errors);
    }

    public String detail() {
        return detail;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
