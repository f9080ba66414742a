/**
 * The allotissement planner: framework-free domain code (java.util and java.math only).
 *
 * <h2>Entry points</h2>
 * {@link fr.mutualim.lotplanner.domain.planning.LotPlanner#plan} gives a {@link fr.mutualim.lotplanner.domain.planning.Plan}
 * (deterministic: same input, same plan, whatever the order of sites, lines, suppliers or offers);
 * {@link fr.mutualim.lotplanner.domain.planning.LotPlanner#candidates} exposes the candidate lots and
 * {@link fr.mutualim.lotplanner.domain.planning.PlanObjective} the objective, so an exact solver (CP-SAT set partitioning)
 * can be run on the same candidates. Thresholds are dated data:
 * {@code planning/procurement-thresholds.csv}, read by {@link fr.mutualim.lotplanner.domain.planning.ProcurementThresholds}.
 *
 * <h2>Algorithm</h2>
 * <ol>
 *   <li><b>Index</b> ({@code PlanningModel}). Delivery sites are clustered once into a zone tree (bisecting 2-means on an
 *   equirectangular projection, deterministic; at least 5 levels while a zone has 4 sites or more, leaves of at most 64
 *   sites) and renumbered in tree order, so every zone is a contiguous range of site positions. Lines are sorted by
 *   category; quantities become thousandths and values cents (exact longs; an item's value is quantity x unit price
 *   rounded to the cent, so lots always add up to the campaign). Offers are indexed by covering CPV prefix and unit, and
 *   each supplier keeps one offer per line: the covering offer with the most annual capacity. For each supplier and leaf
 *   zone, two 64-bit masks hold the sites beyond its delivery radius and beyond the local radius (centroid bounds settle
 *   most leaves without per-site distances; chords are compared before haversines).</li>
 *   <li><b>Candidates</b> ({@code CandidateLots}). A product tree per homogeneous category (category, then lines only
 *   wholesalers or large suppliers offer set apart, then CPV groups of 5 digits, then lines, then the season parts of a
 *   line when short-chain offers are seasonal) crossed with the zone tree. Every (product node, zone) with items is a
 *   candidate. Eligible suppliers are computed bottom-up as sorted id arrays: directly for a line in a leaf zone
 *   (offer, months, label, capacity, masks), by intersection plus a capacity re-check when zones merge, by plain
 *   intersection when products merge (capacity is per line). The local short-chain subset follows the same way.
 *   Cost: O(pairs log pairs + product nodes x zones x eligible-list length).</li>
 *   <li><b>Selection</b> ({@code LotSelector}). Dynamic programming over product node x zone: a candidate is either one
 *   lot, or the best plans of its product children, or of its sub-zones. Score: annual value of lots with at least k
 *   eligible local short-chain suppliers, then fewer lots. minLotValue forbids smaller lots except whole categories.
 *   With maxLots, {@code ParetoSelector} keeps per candidate the best value for each number of lots up to maxLots and
 *   combines children by (max, +) convolution. Both are exact over the candidate set (checked against exhaustive set
 *   partitioning on small instances).</li>
 *   <li><b>Lots</b> ({@code LotBuilder}): items, sites, wording ({@code LotWording}: products, delivery zone by its
 *   communes, or canteen names when a site's commune is unknown, months; never an origin, a distance or "local"), eligible suppliers ranked (local short chain, capacity
 *   margin, distance), exclusions with the first failing rule, expiring certificates, joint bids ({@code JointBids}).</li>
 *   <li><b>Procedures</b> ({@code ProcedureAssigner}) from the whole operation over the whole duration at the launch
 *   date; small lots (&lt; 80 000) use the 20 % envelope, most local short-chain eligible suppliers first, then smallest.</li>
 *   <li><b>Award scenario and EGAlim projection</b> ({@code AwardPlanner}, {@code EgalimProjector}); the service then
 *   puts the delivery sites' current shares beside it ({@link fr.mutualim.lotplanner.domain.planning.Plan#withCurrentShares},
 *   same label rules: {@code EgalimLabels}).</li>
 * </ol>
 */
package fr.mutualim.lotplanner.domain.planning;
