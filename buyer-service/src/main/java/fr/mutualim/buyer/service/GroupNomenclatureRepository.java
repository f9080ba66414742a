package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.campaign.GroupNomenclature;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class GroupNomenclatureRepository implements PanacheRepositoryBase<GroupNomenclature, UUID> {
}
