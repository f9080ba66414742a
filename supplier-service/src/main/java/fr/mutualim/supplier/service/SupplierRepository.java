package fr.mutualim.supplier.service;

import fr.mutualim.supplier.domain.Supplier;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SupplierRepository implements PanacheRepositoryBase<Supplier, UUID> {

    public Optional<Supplier> findBySiret(String siret) {
        return find("siret", siret).firstResultOptional();
    }
}
