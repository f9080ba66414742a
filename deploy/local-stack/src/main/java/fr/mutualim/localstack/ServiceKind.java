package fr.mutualim.localstack;

/** The four services, their module directories and their databases. */
public enum ServiceKind {
    SUPPLIER("supplier-service", "supplier"),
    BUYER("buyer-service", "buyer"),
    LOT_PLANNER("lot-planner-service", "lot_planner"),
    EGALIM_TRACKER("egalim-tracker-service", "egalim_tracker");

    private final String module;
    private final String database;

    ServiceKind(String module, String database) {
        this.module = module;
        this.database = database;
    }

    public String module() {
        return module;
    }

    public String database() {
        return database;
    }
}
