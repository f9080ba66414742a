package fr.mutualim.supplier.service;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.messaging.Outbox;
import fr.mutualim.supplier.domain.Supplier;
import fr.mutualim.supplier.domain.SupplierDetails;
import fr.mutualim.supplier.messaging.SupplierEvents;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Use cases of the supplier directory. */
@ApplicationScoped
@Transactional
public class SupplierDirectory {

    private final SupplierRepository suppliers;
    private final Outbox outbox;

    public SupplierDirectory(SupplierRepository suppliers, Outbox outbox) {
        this.suppliers = suppliers;
        this.outbox = outbox;
    }

    /** Registers a supplier and announces it; a SIRET already registered is a conflict. */
    public Supplier register(SupplierDetails details) {
        suppliers.findBySiret(details.siret().value()).ifPresent(existing -> {
            throw new ProblemException(ProblemType.CONFLICT,
                    "SIRET " + details.siret().value() + " is already registered as supplier " + existing.id(),
                    List.of(), Map.of("existingSupplierId", existing.id()));
        });
        Supplier supplier = Supplier.register(UUID.randomUUID(), details, Instant.now().truncatedTo(ChronoUnit.MICROS));
        suppliers.persistAndFlush(supplier);
        outbox.append(SupplierEvents.registered(supplier.registered()));
        return supplier;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Supplier get(UUID id) {
        return suppliers.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Supplier", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Supplier> list(int page, int size) {
        var query = suppliers.findAll(Sort.by("legalName").and("id")).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }
}
