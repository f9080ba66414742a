package fr.mutualim.buyer.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tuning of ma-cantine file imports ({@code mutualim.purchase-import.*}). */
@ConfigMapping(prefix = "mutualim.purchase-import")
public interface PurchaseImportConfig {

    /** Lines inserted between two flushes of the session, and two progress updates. */
    @WithDefault("500")
    int batchSize();

    /** Errors kept with an import (the count covers them all): enough to fix a file, bounded in size. */
    @WithDefault("100")
    int maxStoredErrors();

    /** Longest time one import may insert for: a file is imported in one transaction. */
    @WithDefault("2h")
    Duration transactionTimeout();
}
