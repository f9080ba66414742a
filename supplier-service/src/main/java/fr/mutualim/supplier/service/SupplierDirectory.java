package fr.mutualim.supplier.service;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.messaging.Outbox;
import fr.mutualim.supplier.domain.AccessPolicy;
import fr.mutualim.supplier.domain.AccessPolicy.Caller;
import fr.mutualim.supplier.domain.Supplier;
import fr.mutualim.supplier.domain.SupplierDetails;
import fr.mutualim.supplier.domain.SupplierKind;
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
    private final SearchIndex search;

    public SupplierDirectory(SupplierRepository suppliers, Outbox outbox, SearchIndex search) {
        this.suppliers = suppliers;
        this.outbox = outbox;
        this.search = search;
    }

    /** Registers a supplier and announces it; a SIRET already registered is a conflict. */
    public Supplier register(SupplierDetails details) {
        suppliers.findBySiret(details.siret().value()).ifPresent(existing -> {
            throw new ProblemException(ProblemType.CONFLICT,
                    "SIRET " + details.siret().value() + " is already registered as supplier " + existing.id(),
                    List.of(), Map.of("existingSupplierId", existing.id()));
        });
        UUID id = UUID.randomUUID();
        requireCooperative(details.cooperativeId(), id);
        Supplier supplier = Supplier.register(id, details, now());
        suppliers.persistAndFlush(supplier);
        outbox.append(SupplierEvents.supplier(SupplierEvents.SUPPLIER_REGISTERED, supplier.changed()));
        search.changing();
        return supplier;
    }

    /** Replaces a supplier's profile; only the supplier, its cooperative's manager or an admin may. */
    public Supplier update(UUID id, SupplierDetails details, Caller caller) {
        Supplier supplier = manageable(id, caller);
        if (!supplier.details().siret().equals(details.siret())) {
            throw ProblemException.invalid("siret", "cannot change: it identifies supplier " + id);
        }
        requireCooperative(details.cooperativeId(), id);
        outbox.append(SupplierEvents.supplier(SupplierEvents.SUPPLIER_UPDATED, supplier.update(details, now())));
        search.changing();
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

    /** The supplier, if {@code caller} may change it; otherwise a 403 before anything changes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Supplier manageable(UUID id, Caller caller) {
        Supplier supplier = get(id);
        if (!AccessPolicy.canManage(caller, id, supplier.cooperativeId())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Only supplier " + id + " itself, its cooperative or an admin may change it");
        }
        return supplier;
    }

    private void requireCooperative(UUID cooperativeId, UUID memberId) {
        if (cooperativeId == null) {
            return;
        }
        Supplier cooperative = suppliers.findByIdOptional(cooperativeId).orElseThrow(() ->
                ProblemException.invalid("cooperativeId", "supplier " + cooperativeId + " does not exist"));
        if (cooperative.kind() != SupplierKind.COOPERATIVE || cooperativeId.equals(memberId)) {
            throw ProblemException.invalid("cooperativeId", "supplier " + cooperativeId + " is not a cooperative");
        }
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
