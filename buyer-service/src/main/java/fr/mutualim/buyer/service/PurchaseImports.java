package fr.mutualim.buyer.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mutualim.buyer.config.PurchaseImportConfig;
import fr.mutualim.buyer.domain.ImportError;
import fr.mutualim.buyer.domain.ImportMode;
import fr.mutualim.buyer.domain.ImportStatus;
import fr.mutualim.buyer.domain.PurchaseImport;
import fr.mutualim.buyer.domain.macantine.HeaderException;
import fr.mutualim.buyer.domain.macantine.LineError;
import fr.mutualim.buyer.domain.macantine.MaCantineFile;
import fr.mutualim.buyer.domain.macantine.MaCantineLineParser;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.csv.CsvFormatException;
import fr.mutualim.chassis.csv.CsvReader;
import fr.mutualim.chassis.messaging.OutboxRelay;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Imports of ma-cantine purchase files. The request stores the file on disk and reads it once to
 * check everything (header, every line, the canteens and the caller's access to them); the answer
 * then says whether the import is rejected or running. A worker thread reads the file a second time
 * and inserts its good lines in one transaction, so an import is never half done: it succeeds, or
 * it fails and leaves nothing behind. Memory stays constant: one line at a time, sent to the
 * database a chunk at a time (see {@link ImportedPurchaseWriter}).
 */
@ApplicationScoped
public class PurchaseImports {

    private static final Logger LOG = Logger.getLogger(PurchaseImports.class);

    private final PurchaseImportRepository imports;
    private final Purchases purchases;
    private final Access access;
    private final EntityManager em;
    private final PurchaseImportConfig config;
    private final ObjectMapper mapper;
    private final OutboxRelay relay;
    /** One import inserts at a time: the others wait their turn rather than share the database. */
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "purchase-import");
        thread.setDaemon(true);
        return thread;
    });

    public PurchaseImports(PurchaseImportRepository imports, Purchases purchases, Access access, EntityManager em,
                           PurchaseImportConfig config, ObjectMapper mapper, OutboxRelay relay) {
        this.imports = imports;
        this.purchases = purchases;
        this.access = access;
        this.em = em;
        this.config = config;
        this.mapper = mapper;
        this.relay = relay;
    }

    /** What the first reading found. */
    private record Validation(MaCantineFile file, long linesRead, long errorCount, List<ImportError> firstErrors) {
    }

    public PurchaseImport start(InputStream body, ImportMode mode) {
        SpooledFile spool = SpooledFile.of(body);
        boolean handedOver = false;
        try {
            if (spool.size() == 0) {
                throw ProblemException.invalid("body", "is empty; send the CSV file as the request body");
            }
            imports.live(spool.sha256()).ifPresent(earlier -> {
                throw new ProblemException(ProblemType.CONFLICT, "This file was already imported: see /purchase-imports/"
                        + earlier.id(), List.of(), Map.of("duplicateOf", earlier.id()));
            });
            LocalDate today = purchases.today();
            Validation validation = validate(spool.path(), today);
            PurchaseImport created = QuarkusTransaction.requiringNew().call(() -> {
                PurchaseImport i = PurchaseImport.validated(UUID.randomUUID(), mode, spool.sha256(),
                        validation.file().header().format().name(), validation.file().separator(),
                        validation.linesRead(), validation.errorCount(), validation.firstErrors(), access.caller(),
                        now());
                imports.persist(i);
                return i;
            });
            if (created.status() == ImportStatus.RUNNING) {
                worker.submit(() -> insert(created.id(), spool, today));
                handedOver = true;
            }
            return created;
        } finally {
            if (!handedOver) {
                spool.delete();
            }
        }
    }

    /** An import can be read by whoever sent it, and by admins. */
    public PurchaseImport get(UUID id) {
        PurchaseImport found = imports.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Import", id));
        if (!access.admin() && !found.requestedBy().equals(access.caller())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Import " + id + " was sent by someone else");
        }
        return found;
    }

    private Validation validate(Path path, LocalDate today) {
        long line = 1;
        try (Reader in = open(path)) {
            MaCantineFile file = MaCantineFile.open(in);
            MaCantineLineParser parser = new MaCantineLineParser(file.header(), today);
            CanteenResolver canteens = new CanteenResolver(em, file.header().bySiret());
            long read = 0;
            long errorCount = 0;
            List<ImportError> firstErrors = new ArrayList<>();
            for (CsvReader.Row row = file.next(); row != null; row = file.next()) {
                line = row.line();
                read++;
                MaCantineLineParser.ParsedRow parsed = parser.parse(row);
                List<LineError> errors = new ArrayList<>(parsed.errors());
                if (parsed.canteenKey() != null) {
                    Optional<UUID> canteen = canteens.resolve(parsed.canteenKey());
                    if (canteen.isEmpty()) {
                        errors.add(new LineError(row.line(), file.header().canteenColumn(),
                                "no registered canteen has " + file.header().canteenColumn() + " " + parsed.canteenKey()));
                    } else if (!access.changes(canteen.get())) {
                        throw forbidden(row.line(), file.header().canteenColumn(), canteen.get());
                    }
                }
                errorCount += errors.size();
                errors.stream().limit(Math.max(0, config.maxStoredErrors() - firstErrors.size()))
                        .map(e -> new ImportError(e.line(), e.column(), e.message())).forEach(firstErrors::add);
            }
            return new Validation(file, read, errorCount, firstErrors);
        } catch (HeaderException e) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, e.getMessage(),
                    e.errors().stream().map(PurchaseImports::fieldError).toList(), Map.of());
        } catch (CsvFormatException e) {
            throw fileError(e.line(), "Line " + e.line() + " " + e.getMessage() + "; nothing was imported");
        } catch (CharacterCodingException e) {
            throw fileError(line + 1, "The file is not UTF-8 after line " + line + "; nothing was imported");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The second reading: the same lines, the same checks, and the good lines inserted. */
    private void insert(UUID importId, SpooledFile spool, LocalDate today) {
        try {
            QuarkusTransaction.requiringNew().timeout((int) config.transactionTimeout().toSeconds()).run(() -> {
                long imported = insertGoodLines(importId, spool.path(), today);
                imports.findById(importId).succeed(imported, now());
            });
            // What Outbox.append arranges for the rows it writes: the events leave now, not at the next poll.
            relay.wake();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Import %s broke off; nothing was imported", importId);
            QuarkusTransaction.requiringNew().run(() -> imports.findById(importId)
                    .fail("The import broke off on our side (" + e.getClass().getSimpleName()
                            + "); nothing was imported, send the file again", now()));
        } finally {
            spool.delete();
        }
    }

    private long insertGoodLines(UUID importId, Path path, LocalDate today) {
        try (Reader in = open(path)) {
            MaCantineFile file = MaCantineFile.open(in);
            MaCantineLineParser parser = new MaCantineLineParser(file.header(), today);
            CanteenResolver canteens = new CanteenResolver(em, file.header().bySiret());
            ImportedPurchaseWriter writer = new ImportedPurchaseWriter(em, mapper, importId, config.batchSize());
            long processed = 0;
            long imported = 0;
            for (CsvReader.Row row = file.next(); row != null; row = file.next()) {
                MaCantineLineParser.ParsedRow parsed = parser.parse(row);
                Optional<UUID> canteen = parsed.valid() ? canteens.resolve(parsed.canteenKey()) : Optional.empty();
                if (canteen.isPresent()) {
                    writer.add(canteen.get(), parsed.purchase());
                    imported++;
                }
                if (++processed % config.batchSize() == 0) {
                    // Lets GET /purchase-imports/{id} show how far it is.
                    writer.flush();
                    long done = processed;
                    QuarkusTransaction.requiringNew().run(() ->
                            imports.update("linesProcessed = ?1 where id = ?2", done, importId));
                }
            }
            writer.flush();
            return imported;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An import left RUNNING by a stopped process was rolled back with it: say so. (One instance of
     * the service runs imports; several would need a lease instead.)
     */
    void failInterruptedImports(@Observes StartupEvent started) {
        QuarkusTransaction.requiringNew().run(() -> imports.update(
                "status = ?1, detail = ?2, finishedAt = ?3 where status = ?4", ImportStatus.FAILED,
                "The service stopped during the import; nothing was imported, send the file again", now(),
                ImportStatus.RUNNING));
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private static Reader open(Path path) throws IOException {
        InputStream bytes = Files.newInputStream(path);
        return new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)),
                64 * 1024);
    }

    private static ProblemException forbidden(long line, String column, UUID canteen) {
        return new ProblemException(ProblemType.FORBIDDEN, "Line " + line + " names canteen " + canteen
                + ", which your token does not reach; nothing was imported",
                List.of(Problem.FieldError.line(line, column, "names a canteen your token does not reach")), Map.of());
    }

    private static ProblemException fileError(long line, String detail) {
        return new ProblemException(ProblemType.VALIDATION_ERROR, detail,
                List.of(Problem.FieldError.line(line, null, detail)), Map.of());
    }

    private static Problem.FieldError fieldError(LineError e) {
        return Problem.FieldError.line(e.line(), e.column(), e.message());
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
