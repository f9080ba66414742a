package fr.mutualim.supplier.service;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.csv.CsvFormatException;
import fr.mutualim.chassis.csv.CsvReader;
import fr.mutualim.supplier.domain.AccessPolicy.Caller;
import fr.mutualim.supplier.domain.AccessPolicy;
import fr.mutualim.supplier.domain.ImportError;
import fr.mutualim.supplier.domain.ImportMode;
import fr.mutualim.supplier.domain.OfferImport;
import fr.mutualim.supplier.domain.Supplier;
import fr.mutualim.supplier.domain.offercsv.HeaderException;
import fr.mutualim.supplier.domain.offercsv.LineError;
import fr.mutualim.supplier.domain.offercsv.OfferColumn;
import fr.mutualim.supplier.domain.offercsv.OfferCsvFile;
import fr.mutualim.supplier.domain.offercsv.OfferLineParser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports of offer files. The body is read once, line by line as it arrives, in one transaction:
 * each good line is published through {@link Offers#publish} (so it is announced as
 * offer-published.v1 by the same commit), and the session is flushed and cleared every batch so that
 * memory does not grow with the file. The file's SHA-256 is only known at its end: a file already
 * imported into the supplier, or a strict import with bad lines, then rolls everything back.
 */
@ApplicationScoped
public class OfferImports {

    private final SupplierDirectory directory;
    private final Offers offers;
    private final SupplierRepository suppliers;
    private final EntityManager em;
    private final int batchSize;

    public OfferImports(SupplierDirectory directory, Offers offers, SupplierRepository suppliers, EntityManager em,
                        @ConfigProperty(name = "mutualim.offer-imports.batch-size", defaultValue = "500") int batchSize) {
        this.directory = directory;
        this.offers = offers;
        this.suppliers = suppliers;
        this.em = em;
        this.batchSize = batchSize;
    }

    /** Reads {@code body} and applies it; a 4xx problem leaves nothing behind. */
    @Transactional
    @TransactionConfiguration(timeoutFromConfigProperty = "mutualim.offer-imports.transaction-timeout")
    public OfferImport run(UUID supplierId, InputStream body, ImportMode mode, Caller caller) {
        directory.manageable(supplierId, caller);
        DigestInputStream bytes = new DigestInputStream(body, sha256());
        Tally tally = new Tally();
        char separator;
        try (Reader in = utf8(bytes)) {
            OfferCsvFile file = OfferCsvFile.open(in);
            separator = file.separator();
            OfferLineParser parser = new OfferLineParser(file);
            Members members = new Members(supplierId, caller);
            for (CsvReader.Row row = file.next(); row != null; row = file.next()) {
                tally.line = row.line();
                tally.read++;
                OfferLineParser.ParsedLine parsed = parser.parse(row);
                List<LineError> errors = new ArrayList<>(parsed.errors());
                Optional<UUID> owner = members.resolve(parsed, errors);
                if (errors.isEmpty() && owner.isPresent()) {
                    offers.publish(owner.get(), parsed.offer(), caller);
                    tally.published++;
                } else {
                    tally.reject(errors);
                }
                if (tally.read % batchSize == 0) {
                    em.flush();
                    em.clear();
                }
            }
        } catch (HeaderException e) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, e.getMessage(),
                    e.errors().stream().map(OfferImports::problemError).toList(), Map.of());
        } catch (CsvFormatException e) {
            throw fileError(e.line(), "Line " + e.line() + " " + e.getMessage() + "; nothing was imported");
        } catch (CharacterCodingException e) {
            throw tally.line == 0 ? fileError(1, "The file is not UTF-8 in its header; nothing was imported")
                    : fileError(tally.line + 1, "The file is not UTF-8 after line " + tally.line + "; nothing was imported");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sha256 = HexFormat.of().formatHex(bytes.getMessageDigest().digest());
        previousImport(supplierId, sha256).ifPresent(earlier -> {
            throw duplicate(supplierId, earlier);
        });
        if (mode == ImportMode.STRICT && tally.rejected > 0) {
            Map<String, Object> counts = new LinkedHashMap<>();
            counts.put("linesRead", tally.read);
            counts.put("linesRejected", tally.rejected);
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "Strict mode: " + tally.rejected + " of "
                    + tally.read + " line(s) rejected, nothing was imported",
                    tally.errors.stream().map(e -> Problem.FieldError.line(e.line(), e.column(), e.message())).toList(),
                    counts);
        }
        OfferImport done = OfferImport.applied(UUID.randomUUID(), supplierId, mode, sha256, separator, tally.read,
                tally.published, tally.rejected, tally.errors, now());
        try {
            em.persist(done);
            em.flush();
        } catch (PersistenceException concurrentDuplicate) {
            // the same file sent twice at once: the unique constraint lets only one of them in
            throw QuarkusTransaction.requiringNew().call(() -> previousImport(supplierId, sha256))
                    .map(earlier -> duplicate(supplierId, earlier)).orElseThrow(() -> concurrentDuplicate);
        }
        return done;
    }

    /** An import of a supplier; only those who may manage the supplier read it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OfferImport get(UUID supplierId, UUID importId, Caller caller) {
        directory.manageable(supplierId, caller);
        OfferImport found = em.find(OfferImport.class, importId);
        if (found == null || !found.supplierId().equals(supplierId)) {
            throw ProblemException.notFound("Offer import", importId);
        }
        return found;
    }

    private Optional<UUID> previousImport(UUID supplierId, String sha256) {
        return em.createQuery("select i.id from OfferImport i where i.supplierId = ?1 and i.contentSha256 = ?2", UUID.class)
                .setParameter(1, supplierId).setParameter(2, sha256).getResultStream().findFirst();
    }

    /** Counts and errors of the lines read so far. */
    private static final class Tally {
        /** The line of the last row read; 0 while in the header. */
        long line;
        long read;
        long published;
        long rejected;
        final List<ImportError> errors = new ArrayList<>();

        void reject(List<LineError> lineErrors) {
            rejected++;
            lineErrors.forEach(e -> errors.add(new ImportError(e.line(), cut(e.column(), 100), cut(e.message(), 500))));
        }
    }

    /**
     * Whose offer a line is: the supplier the file is sent to when supplier_siret is empty, else the
     * supplier with that SIRET, which must be that supplier or one of its cooperative's members, and
     * which the caller must be allowed to manage (AccessPolicy, as the offer endpoints).
     */
    private final class Members {

        private final UUID importer;
        private final Caller caller;
        /** SIRET to supplier id and cooperative, or empty when no supplier has it: one lookup per SIRET. */
        private final Map<String, Optional<Supplier>> bySiret = new HashMap<>();

        Members(UUID importer, Caller caller) {
            this.importer = importer;
            this.caller = caller;
        }

        Optional<UUID> resolve(OfferLineParser.ParsedLine parsed, List<LineError> errors) {
            if (parsed.supplierSiret() == null) {
                return Optional.of(importer);
            }
            String column = OfferColumn.SUPPLIER_SIRET.header();
            if (errors.stream().anyMatch(e -> column.equals(e.column()))) {
                return Optional.empty(); // not a SIRET: nothing to look up
            }
            Optional<Supplier> supplier = bySiret.computeIfAbsent(parsed.supplierSiret(), siret -> {
                Optional<Supplier> found = suppliers.findBySiret(siret);
                found.ifPresent(em::detach); // kept across batches, which clear the session
                return found;
            });
            if (supplier.isEmpty()) {
                errors.add(new LineError(parsed.line(), column, "no registered supplier has SIRET " + parsed.supplierSiret()));
                return Optional.empty();
            }
            UUID id = supplier.get().id();
            UUID cooperative = supplier.get().cooperativeId();
            if (!id.equals(importer) && !importer.equals(cooperative)) {
                errors.add(new LineError(parsed.line(), column, "supplier " + id + " is neither supplier " + importer
                        + " nor one of its cooperative's members"));
                return Optional.empty();
            }
            if (!AccessPolicy.canManage(caller, id, cooperative)) {
                errors.add(new LineError(parsed.line(), column, "you may not manage supplier " + id));
                return Optional.empty();
            }
            return Optional.of(id);
        }
    }

    private static ProblemException duplicate(UUID supplierId, UUID earlier) {
        return new ProblemException(ProblemType.CONFLICT, "This file was already imported into supplier " + supplierId
                + ": see /suppliers/" + supplierId + "/offer-imports/" + earlier + "; nothing was imported",
                List.of(), Map.of("duplicateOf", earlier));
    }

    private static Reader utf8(InputStream bytes) {
        return new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                64 * 1024);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static ProblemException fileError(long line, String detail) {
        return new ProblemException(ProblemType.VALIDATION_ERROR, detail,
                List.of(Problem.FieldError.line(line, null, detail)), Map.of());
    }

    private static Problem.FieldError problemError(LineError e) {
        return Problem.FieldError.line(e.line(), e.column(), e.message());
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
