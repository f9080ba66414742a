package fr.mutualim.egalimtracker.service;

import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.egalimtracker.domain.Declaration;
import fr.mutualim.egalimtracker.domain.LedgerLine;
import fr.mutualim.egalimtracker.domain.PurchaseAmount;
import fr.mutualim.egalimtracker.domain.Regions;
import fr.mutualim.egalimtracker.domain.Shares;
import fr.mutualim.egalimtracker.domain.Tally;
import fr.mutualim.egalimtracker.domain.TargetCheck;
import fr.mutualim.egalimtracker.domain.Targets;
import fr.mutualim.egalimtracker.domain.Territory;
import fr.mutualim.egalimtracker.domain.TrackedCanteen;
import fr.mutualim.egalimtracker.domain.TrackedGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The read side: figures and target checks of a canteen, a group or a territory, what-ifs, declarations. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Figures {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final EntityManager em;
    private final ShareCells cells;
    private final Targets targets;
    private final Regions regions;
    private final Access access;

    public Figures(EntityManager em, ShareCells cells, Targets targets, Regions regions, Access access) {
        this.em = em;
        this.cells = cells;
        this.targets = targets;
        this.regions = regions;
        this.access = access;
    }

    /** Figures of one scope (canteen, group or territory) for a year; territory null when it is not one. */
    public record ScopeFigures(String name, String departmentCode, Territory territory, int year, int canteens,
                               Shares shares, List<TargetCheck> targets) {
    }

    /** One month alone, and the year up to the end of that month. */
    public record MonthFigures(int month, Shares inMonth, Shares yearToDate) {
    }

    /** A relabelling of a recorded purchase, in a what-if. */
    public record Relabel(UUID purchaseId, Set<String> labels) {
    }

    public record WhatIf(ScopeFigures before, ScopeFigures after) {
    }

    public ScopeFigures canteen(UUID canteenId, int year) {
        Tally tally = knownCanteenTally(canteenId, year);
        return canteenFigures(em.find(TrackedCanteen.class, canteenId), year, tally.shares(c -> true));
    }

    public List<MonthFigures> months(UUID canteenId, int year) {
        Tally tally = knownCanteenTally(canteenId, year);
        LocalDate today = LocalDate.now(PARIS);
        int last = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
        List<MonthFigures> months = new ArrayList<>();
        for (int m = 1; m <= last; m++) {
            int month = m;
            months.add(new MonthFigures(month, tally.shares(c -> c.month() == month), tally.shares(c -> c.month() <= month)));
        }
        return months;
    }

    /** The canteen's cells of the year, once the token is known to reach it; a canteen never heard of is not found. */
    private Tally knownCanteenTally(UUID canteenId, int year) {
        access.requireCanteen(canteenId);
        Tally tally = cells.tally(List.of(canteenId), year);
        if (tally.cells().isEmpty() && em.find(TrackedCanteen.class, canteenId) == null) {
            throw ProblemException.notFound("Canteen", canteenId);
        }
        return tally;
    }

    public ScopeFigures group(UUID groupId, int year) {
        access.requireGroup(groupId);
        TrackedGroup group = group(groupId);
        Set<UUID> members = group.members();
        Shares shares = cells.tally(members, year).shares(c -> true);
        Set<Territory> territories = canteens(members).stream().map(TrackedCanteen::territory).collect(Collectors.toSet());
        return scope(group.name(), null, territories, year, members.size(), shares);
    }

    public ScopeFigures department(String code, int year) {
        Shares shares = cells.tallyOfDepartments(List.of(code), year).shares(c -> true);
        return scope(regions.regionOf(code).map(r -> r.name()).orElse(null), code,
                Set.of(Territory.ofDepartment(code)), year, canteenCount(List.of(code)), shares);
    }

    public ScopeFigures region(String code, int year) {
        Regions.Region region = regions.region(code).orElseThrow(() -> ProblemException.notFound("Region", code));
        Shares shares = cells.tallyOfDepartments(region.departments(), year).shares(c -> true);
        Set<Territory> territories = region.departments().stream().map(Territory::ofDepartment).collect(Collectors.toSet());
        return scope(region.name(), null, territories, year, canteenCount(region.departments()), shares);
    }

    /**
     * The figures a canteen would have with hypothetical purchases added and recorded ones relabelled.
     * Computed from its recorded lines of the year, in memory: nothing is stored.
     */
    public WhatIf whatIf(UUID canteenId, int year, List<PurchaseAmount> added, List<Relabel> relabels) {
        ScopeFigures current = canteen(canteenId, year);
        Map<UUID, PurchaseAmount> lines = new HashMap<>();
        em.createQuery("from LedgerLine where canteenId = ?1 and date >= ?2 and date < ?3 and deleted = false",
                        LedgerLine.class)
                .setParameter(1, canteenId).setParameter(2, LocalDate.of(year, 1, 1))
                .setParameter(3, LocalDate.of(year + 1, 1, 1))
                .getResultStream().forEach(l -> lines.put(l.purchaseId(), l.counted().orElseThrow()));
        Tally tally = Tally.of(lines.values());
        for (int i = 0; i < relabels.size(); i++) {
            Relabel relabel = relabels.get(i);
            PurchaseAmount line = lines.get(relabel.purchaseId());
            if (line == null) {
                throw ProblemException.invalid("relabel[" + i + "].purchaseId",
                        "no purchase of this canteen in " + year + " has this id");
            }
            tally.remove(line);
            tally.add(line.withLabels(relabel.labels()));
        }
        added.forEach(tally::add);
        TrackedCanteen canteen = em.find(TrackedCanteen.class, canteenId);
        return new WhatIf(current, canteenFigures(canteen, year, tally.shares(c -> true)));
    }

    /** The declaration of one canteen: a header and one row. */
    public List<List<String>> canteenDeclaration(UUID canteenId, int year) {
        ScopeFigures figures = canteen(canteenId, year);
        TrackedCanteen canteen = em.find(TrackedCanteen.class, canteenId);
        return List.of(Declaration.COLUMNS, Declaration.row(canteen == null ? null : canteen.siret(), year, figures.shares()));
    }

    /** The declaration of every member canteen of a group, one row each, by SIRET. */
    public List<List<String>> groupDeclaration(UUID groupId, int year) {
        access.requireGroup(groupId);
        List<List<String>> rows = new ArrayList<>();
        rows.add(Declaration.COLUMNS);
        canteens(group(groupId).members()).stream()
                .sorted(Comparator.comparing(TrackedCanteen::siret, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(c -> rows.add(Declaration.row(c.siret(), year,
                        cells.tally(List.of(c.id()), year).shares(cell -> true))));
        return rows;
    }

    private ScopeFigures canteenFigures(TrackedCanteen canteen, int year, Shares shares) {
        if (canteen == null) { // purchases arrived before the canteen: no territory, so no targets yet
            return new ScopeFigures(null, null, null, year, 1, shares, List.of());
        }
        return new ScopeFigures(canteen.name(), canteen.departmentCode(), canteen.territory(), year, 1, shares,
                targets.check(canteen.territory(), year, shares.targetBasis()));
    }

    /** Targets apply when every canteen of the scope is in one territory; a mixed scope gets none. */
    private ScopeFigures scope(String name, String departmentCode, Set<Territory> territories, int year, int canteens,
                               Shares shares) {
        Territory territory = territories.size() == 1 ? territories.iterator().next() : null;
        List<TargetCheck> checks = territory == null ? List.of() : targets.check(territory, year, shares.targetBasis());
        return new ScopeFigures(name, departmentCode, territory, year, canteens, shares, checks);
    }

    private TrackedGroup group(UUID groupId) {
        TrackedGroup group = em.find(TrackedGroup.class, groupId);
        if (group == null) {
            throw ProblemException.notFound("Purchasing group", groupId);
        }
        return group;
    }

    private List<TrackedCanteen> canteens(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("from TrackedCanteen where id in ?1", TrackedCanteen.class).setParameter(1, ids)
                .getResultList();
    }

    private int canteenCount(List<String> departments) {
        return ((Number) em.createQuery("select count(*) from TrackedCanteen where departmentCode in ?1")
                .setParameter(1, departments).getSingleResult()).intValue();
    }
}
