package fr.mutualim.egalimtracker.config;

import fr.mutualim.egalimtracker.domain.Regions;
import fr.mutualim.egalimtracker.domain.Targets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The reviewed data files shipped with the service (targets, régions), read once; singletons, no proxy needed. */
@ApplicationScoped
public class DataFiles {

    @Produces
    @Singleton
    Targets targets() {
        return Targets.shipped();
    }

    @Produces
    @Singleton
    Regions regions() {
        return Regions.shipped();
    }
}
