package fr.mutualim.lotplanner.domain.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Product splits, one tree per homogeneous category: category, then the lines only wholesalers or large suppliers
 * can supply set apart from the others (so they never block a lot producers could win), then CPV groups (first 5
 * digits), then lines, then the season parts of a line. A level with a single child is skipped, so every node has
 * a distinct set of lines.
 */
final class ProductTree {

    enum Kind { CATEGORY, OPEN_LINES, RESTRICTED_LINES, CPV_GROUP, LINE, SEASON }

    /** A node: {@code part} is set for line-level nodes (a line or a season part), null above. */
    record Node(int id, Kind kind, int category, String code, int[] lines, PlanningModel.Part part, int[] children,
            boolean categoryRoot) {
        boolean lineLevel() {
            return part != null;
        }
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Integer> roots = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final boolean[] wholesaleOnly;

    ProductTree(PlanningModel m) {
        wholesaleOnly = new boolean[m.lines.length];
        int l = 0;
        while (l < m.lines.length) {
            int end = l;
            String category = m.lines[l].categoryCode();
            while (end < m.lines.length && m.lines[end].categoryCode().equals(category)) {
                end++;
            }
            categories.add(category);
            List<Integer> open = new ArrayList<>(), restricted = new ArrayList<>();
            for (int i = l; i < end; i++) {
                wholesaleOnly[i] = !producersCanSupply(m, i);
                (wholesaleOnly[i] ? restricted : open).add(i);
            }
            int c = categories.size() - 1;
            List<Integer> parts = new ArrayList<>();
            if (!open.isEmpty()) {
                parts.add(groupLines(m, c, open, restricted.isEmpty() ? Kind.CATEGORY : Kind.OPEN_LINES));
            }
            if (!restricted.isEmpty()) {
                parts.add(groupLines(m, c, restricted, open.isEmpty() ? Kind.CATEGORY : Kind.RESTRICTED_LINES));
            }
            int root = parts.size() == 1 ? parts.get(0) : add(Kind.CATEGORY, c, category, linesOf(parts), null, parts);
            Node r = nodes.get(root);
            nodes.set(root, new Node(r.id(), r.kind(), r.category(), r.code(), r.lines(), r.part(), r.children(), true));
            roots.add(root);
            l = end;
        }
    }

    private static boolean producersCanSupply(PlanningModel m, int line) {
        for (int s : m.whole[line].suppliers()) {
            if (m.isProducerType(s)) {
                return true;
            }
        }
        return false;
    }

    private int groupLines(PlanningModel m, int c, List<Integer> lines, Kind kind) {
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int line : lines) {
            groups.computeIfAbsent(m.lineDigits[line].substring(0, Math.min(5, m.lineDigits[line].length())), k -> new ArrayList<>()).add(line);
        }
        List<Integer> children = new ArrayList<>();
        if (groups.size() == 1) {
            lines.forEach(line -> children.add(line(m, c, line)));
        } else {
            groups.forEach((prefix, members) -> {
                if (members.size() == 1) {
                    children.add(line(m, c, members.get(0)));
                } else {
                    List<Integer> sub = new ArrayList<>();
                    members.forEach(line -> sub.add(line(m, c, line)));
                    children.add(add(Kind.CPV_GROUP, c, "G" + prefix, toArray(members), null, sub));
                }
            });
        }
        if (children.size() == 1) {
            return children.get(0);
        }
        return add(kind, c, kind == Kind.RESTRICTED_LINES ? "R" : kind == Kind.OPEN_LINES ? "O" : "C", toArray(lines), null, children);
    }

    private int line(PlanningModel m, int c, int line) {
        PlanningModel.Part[] atoms = m.atomParts[line];
        List<Integer> children = new ArrayList<>();
        if (atoms.length > 1) {
            for (PlanningModel.Part p : atoms) {
                children.add(add(Kind.SEASON, c, "L" + line + "S" + p.no(), new int[] {line}, p, List.of()));
            }
        }
        return add(Kind.LINE, c, "L" + line, new int[] {line}, m.whole[line], children);
    }

    private int add(Kind kind, int c, String code, int[] lines, PlanningModel.Part part, List<Integer> children) {
        int id = nodes.size();
        nodes.add(new Node(id, kind, c, code, lines, part, toArray(children), false));
        return id;
    }

    private int[] linesOf(List<Integer> ids) {
        List<Integer> all = new ArrayList<>();
        for (int id : ids) {
            for (int line : nodes.get(id).lines()) {
                all.add(line);
            }
        }
        return toArray(all);
    }

    private static int[] toArray(List<Integer> list) {
        return list.stream().mapToInt(Integer::intValue).toArray();
    }

    List<Node> nodes() {
        return nodes;
    }

    /** Category roots, in category order. */
    List<Integer> roots() {
        return roots;
    }

    /** Whether no producer-type supplier (neither wholesaler nor large) offers the line with its months and label. */
    boolean wholesaleOnly(int line) {
        return wholesaleOnly[line];
    }

    List<String> categories() {
        return categories;
    }
}
