package fr.mutualim.buyer.service;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the canteen a file line names, by SIRET or by id. A file names few canteens many times, so
 * answers are cached; the cache is bounded because a bad file may name a million unknown ones.
 */
final class CanteenResolver {

    private static final int CACHED = 10_000;

    private final EntityManager em;
    private final boolean bySiret;
    private final Map<String, Optional<UUID>> known = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<UUID>> eldest) {
            return size() > CACHED;
        }
    };

    CanteenResolver(EntityManager em, boolean bySiret) {
        this.em = em;
        this.bySiret = bySiret;
    }

    Optional<UUID> resolve(String key) {
        return known.computeIfAbsent(key, this::find);
    }

    private Optional<UUID> find(String key) {
        String query = bySiret ? "select c.id from Canteen c where c.siret = ?1" : "select c.id from Canteen c where c.id = ?1";
        return em.createQuery(query, UUID.class).setParameter(1, bySiret ? key : UUID.fromString(key))
                .getResultStream().findFirst();
    }
}
