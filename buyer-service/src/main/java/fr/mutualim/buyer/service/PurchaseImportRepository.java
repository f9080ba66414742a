package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.ImportStatus;
import fr.mutualim.buyer.domain.PurchaseImport;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PurchaseImportRepository implements PanacheRepositoryBase<PurchaseImport, UUID> {

    /** The import of the same file that is running or has succeeded: importing it again would duplicate it. */
    Optional<PurchaseImport> live(String contentSha256) {
        return find("contentSha256 = ?1 and status in ?2", contentSha256,
                List.of(ImportStatus.RUNNING, ImportStatus.SUCCEEDED)).firstResultOptional();
    }
}
