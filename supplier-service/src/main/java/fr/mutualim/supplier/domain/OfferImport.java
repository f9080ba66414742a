package fr.mutualim.supplier.domain;

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

/**
 * An applied import of an offer file into a supplier (a producer, or a cooperative for its members):
 * its counts, its rejected lines, and the SHA-256 of the file, by which the same file sent again to
 * the same supplier is recognised. Only imports that applied their file are recorded.
 */
@Entity
@Table(name = "offer_import")
public class OfferImport {

    @Id
    private UUID id;
    @Column(name = "supplier_id")
    private UUID supplierId;
    @Enumerated(EnumType.STRING)
    private ImportMode mode;
    @Column(name = "content_sha256")
    private String contentSha256;
    private String separator;
    @Column(name = "lines_read")
    private long linesRead;
    @Column(name = "offers_published")
    private long offersPublished;
    @Column(name = "lines_rejected")
    private long linesRejected;
    @Column(name = "imported_at")
    private Instant importedAt;
    @ElementCollection
    @CollectionTable(name = "offer_import_error", joinColumns = @JoinColumn(name = "import_id"))
    @OrderColumn(name = "seq")
    private List<ImportError> errors = new ArrayList<>();

    protected OfferImport() {
        // for JPA
    }

    public static OfferImport applied(UUID id, UUID supplierId, ImportMode mode, String contentSha256, char separator,
                                      long linesRead, long offersPublished, long linesRejected,
                                      List<ImportError> errors, Instant now) {
        OfferImport i = new OfferImport();
        i.id = id;
        i.supplierId = supplierId;
        i.mode = mode;
        i.contentSha256 = contentSha256;
        i.separator = separator == '\t' ? "\\t" : String.valueOf(separator);
        i.linesRead = linesRead;
        i.offersPublished = offersPublished;
        i.linesRejected = linesRejected;
        i.errors.addAll(errors);
        i.importedAt = now;
        return i;
    }

    public UUID id() {
        return id;
    }

    public UUID supplierId() {
        return supplierId;
    }

    public ImportMode mode() {
        return mode;
    }

    public String separator() {
        return separator;
    }

    public long linesRead() {
        return linesRead;
    }

    public long offersPublished() {
        return offersPublished;
    }

    public long linesRejected() {
        return linesRejected;
    }

    public List<ImportError> errors() {
        return List.copyOf(errors);
    }

    public Instant importedAt() {
        return importedAt;
    }
}
