package fr.mutualim.chassis.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a Bean Validation path such as {@code register.body.address.postalCode} into the path a
 * client knows: {@code address.postalCode} for a body field, {@code size} for a query parameter.
 */
final class ViolationPaths {

    private ViolationPaths() {
    }

    static String of(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = new ArrayList<>();
        violation.getPropertyPath().forEach(nodes::add);
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Path.Node node = nodes.get(i);
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                // A body parameter's own name means nothing to a client: drop it when the path goes
                // on into the body's fields; keep it for a query parameter (and its list elements).
                boolean intoBody = nodes.subList(i + 1, nodes.size()).stream()
                        .anyMatch(next -> next.getKind() == ElementKind.PROPERTY);
                if (!intoBody) {
                    path.append(node.getName());
                }
                continue;
            }
            if (node.isInIterable()) {
                // A list element has an index, a map entry a key; a set element has neither: "[]".
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                path.append('[').append(at == null ? "" : at).append(']');
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT || node.getName() == null) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(node.getName());
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
