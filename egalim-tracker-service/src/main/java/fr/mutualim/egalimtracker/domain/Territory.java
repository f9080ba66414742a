package fr.mutualim.egalimtracker.domain;

/**
 * The territory whose EGAlim targets apply to a canteen, derived from its département exactly as
 * buyer-service derives it (contracts of canteen-registered.v1 / canteen-updated.v1): older events do
 * not carry it, so this service derives it itself from {@code departmentCode}.
 */
public enum Territory {
    METROPOLE, GUADELOUPE, MARTINIQUE, GUYANE, LA_REUNION, SAINT_PIERRE_ET_MIQUELON, MAYOTTE, SAINT_BARTHELEMY,
    SAINT_MARTIN, AUTRE_OUTRE_MER;

    public static Territory ofDepartment(String departmentCode) {
        if (departmentCode == null) {
            return METROPOLE;
        }
        return switch (departmentCode) {
            case "971" -> GUADELOUPE;
            case "972" -> MARTINIQUE;
            case "973" -> GUYANE;
            case "974" -> LA_REUNION;
            case "975" -> SAINT_PIERRE_ET_MIQUELON;
            case "976" -> MAYOTTE;
            case "977" -> SAINT_BARTHELEMY;
            case "978" -> SAINT_MARTIN;
            default -> departmentCode.startsWith("98") ? AUTRE_OUTRE_MER : METROPOLE;
        };
    }

    /** The territory an event names, or the one its département gives when the event predates the field. */
    public static Territory of(String announced, String departmentCode) {
        return announced == null ? ofDepartment(departmentCode) : valueOf(announced);
    }
}
