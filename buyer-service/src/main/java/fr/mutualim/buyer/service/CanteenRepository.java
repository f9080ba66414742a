package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.Canteen;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class CanteenRepository implements PanacheRepositoryBase<Canteen, UUID> {
}
