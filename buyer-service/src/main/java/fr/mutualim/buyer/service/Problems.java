package fr.mutualim.buyer.service;

import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import java.util.List;
import java.util.Map;

/** Problems a use case raises for several broken rules at once. */
final class Problems {

    private Problems() {
    }

    /** Throws a problem of {@code type} listing every error, unless there is none. */
    static void rejectIfAny(ProblemType type, List<Problem.FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        Problem.FieldError first = errors.get(0);
        String detail = errors.size() > 1 ? errors.size() + " fields are not valid"
                : (first.field() != null ? first.field() + ": " : "") + first.message();
        throw new ProblemException(type, detail, errors, Map.of());
    }
}
