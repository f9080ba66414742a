package fr.mutualim.lotplanner.service;

import fr.mutualim.chassis.api.PageResponse;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.lotplanner.domain.KnownSupplier;
import fr.mutualim.lotplanner.domain.SupplierSnapshot;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/** The planner's supplier read model. */
@ApplicationScoped
public class SupplierCatalog implements PanacheRepositoryBase<KnownSupplier, UUID> {

    /** Applies a supplier's announced state, creating the supplier the first time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(SupplierSnapshot snapshot) {
        var known = findByIdOptional(snapshot.id());
        KnownSupplier supplier = known.orElseGet(() -> new KnownSupplier(snapshot.id()));
        supplier.apply(snapshot, Instant.now());
        if (known.isEmpty()) {
            persist(supplier); // after apply: the INSERT takes the state the entity has when persisted
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public KnownSupplier get(UUID id) {
        return findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Supplier", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<KnownSupplier> list(int page, int size) {
        var query = findAll(Sort.by("legalName").and("id")).page(Page.of(page, size));
        return PageResponse.of(query.list(), query.count(), page, size);
    }
}
