package fr.mutualim.buyer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of ma-cantine file imports ({@code mutualim.purchase-import.*}). */
@ConfigMapping(prefix = "mutualim.purchase-import")
public interface PurchaseImportConfig {

    /**
     * Lines read between two progress updates, and at most as many purchases sent in one chunk of
     * rows: large enough that round trips do not count, small enough to hold in memory (about 1 kB a line).
     */
    @WithDefault("5000")
    int batchSize();

    /** Errors kept with an import (the count covers them all): enough to fix a file, bounded in size. */
    @WithDefault("100")
    int maxStoredErrors();

    /** Longest time one import may insert for: a file is imported in one transaction. */
    @WithDefault("2h")
    Duration transactionTimeout();
}
