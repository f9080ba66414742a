package fr.mutualim.buyer.service;

import fr.mutualim.buyer.domain.ImportMode;
import fr.mutualim.buyer.domain.campaign.DemandCampaign;
import fr.mutualim.buyer.domain.campaign.DemandLine;
import fr.mutualim.buyer.domain.campaign.DemandLineFile;
import fr.mutualim.buyer.domain.campaign.DemandLineGrouping;
import fr.mutualim.buyer.domain.campaign.DemandLineInput;
import fr.mutualim.buyer.domain.campaign.DemandLineRowParser;
import fr.mutualim.buyer.domain.campaign.Nomenclature;
import fr.mutualim.buyer.domain.macantine.HeaderException;
import fr.mutualim.buyer.domain.macantine.LineError;
import fr.mutualim.chassis.api.Problem;
import fr.mutualim.chassis.api.ProblemException;
import fr.mutualim.chassis.api.ProblemType;
import fr.mutualim.chassis.csv.CsvFormatException;
import fr.mutualim.chassis.csv.CsvReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Imports of demand line files into a campaign's draft, in one transaction: in strict mode one
 * bad row refuses the file and nothing changes; in lenient mode the good lines are added and the
 * bad rows listed. A demand file is small (a row per product and site), so it is read at once.
 */
@ApplicationScoped
@Transactional
public class DemandLineImports {

    /** A demand file of a large group: 500 products for 200 sites. */
    static final int MAX_ROWS = 100_000;
    static final int MAX_LISTED_ERRORS = 100;

    private final DemandCampaigns campaigns;
    private final Nomenclatures nomenclatures;
    private final EntityManager em;

    public DemandLineImports(DemandCampaigns campaigns, Nomenclatures nomenclatures, EntityManager em) {
        this.campaigns = campaigns;
        this.nomenclatures = nomenclatures;
        this.em = em;
    }

    /** What an import did: rows read and imported, the lines added, and the errors (the first ones). */
    public record Outcome(ImportMode mode, char separator, int rowsRead, int rowsImported, List<DemandLine> linesAdded,
                          int errorCount, List<LineError> errors) {
    }

    private record Rows(DemandLineFile file, List<DemandLineRowParser.ParsedRow> parsed) {
    }

    public Outcome importLines(UUID groupId, UUID campaignId, InputStream body, ImportMode mode) {
        DemandCampaign campaign = campaigns.draft(groupId, campaignId);
        Rows rows = read(body);
        List<LineError> errors = new ArrayList<>();
        List<DemandLineGrouping.SiteRow> siteRows = sites(campaign, rows, errors);
        DemandLineGrouping.Result grouping = DemandLineGrouping.group(siteRows, rows.file().canteenColumn());
        errors.addAll(grouping.errors());
        Nomenclature nomenclature = nomenclatures.inForce(groupId).nomenclature();
        List<DemandLineGrouping.Group> accepted = new ArrayList<>();
        for (DemandLineGrouping.Group group : grouping.groups()) {
            List<LineError> groupErrors = lineErrors(campaign, nomenclature, group);
            errors.addAll(groupErrors);
            if (groupErrors.isEmpty()) {
                accepted.add(group);
            }
        }
        errors.sort(Comparator.comparingLong(LineError::line));
        if (mode == ImportMode.STRICT && !errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, "Strict mode: " + errors.size()
                    + " error(s) in the file, no line was added", listed(errors), Map.of());
        }
        List<DemandLine> added = new ArrayList<>();
        int imported = 0;
        for (DemandLineGrouping.Group group : accepted) {
            added.add(campaign.addLine(group.input().resolve(nomenclature).details(), DemandCampaigns.now()));
            imported += group.rows().size();
        }
        return new Outcome(mode, rows.file().separator(), rows.parsed().size(), imported, added, errors.size(),
                errors.stream().limit(MAX_LISTED_ERRORS).toList());
    }

    private Rows read(InputStream body) {
        long line = 1;
        try (Reader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)))) {
            in.mark(1);
            if (in.read() < 0) {
                throw ProblemException.invalid("body", "is empty; send the CSV file as the request body");
            }
            in.reset();
            DemandLineFile file = DemandLineFile.open(in);
            DemandLineRowParser parser = new DemandLineRowParser(file);
            List<DemandLineRowParser.ParsedRow> parsed = new ArrayList<>();
            for (CsvReader.Row row = file.next(); row != null; row = file.next()) {
                line = row.line();
                if (parsed.size() == MAX_ROWS) {
                    throw fileError(line, "The file has more than " + MAX_ROWS + " data lines; split it");
                }
                parsed.add(parser.parse(row));
            }
            return new Rows(file, parsed);
        } catch (HeaderException e) {
            throw new ProblemException(ProblemType.VALIDATION_ERROR, e.getMessage(),
                    e.errors().stream().map(DemandLineImports::fieldError).toList(), Map.of());
        } catch (CsvFormatException e) {
            throw fileError(e.line(), "Line " + e.line() + " " + e.getMessage() + "; no line was added");
        } catch (CharacterCodingException e) {
            throw fileError(line + 1, "The file is not UTF-8 after line " + line + "; no line was added");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid rows with their canteen; rows naming an unknown canteen or a non-member are errors. */
    private List<DemandLineGrouping.SiteRow> sites(DemandCampaign campaign, Rows rows, List<LineError> errors) {
        CanteenResolver canteens = new CanteenResolver(em, rows.file().bySiret());
        Set<UUID> members = Set.copyOf(campaigns.group(campaign.groupId()).sortedMembers());
        String column = rows.file().canteenColumn();
        List<DemandLineGrouping.SiteRow> valid = new ArrayList<>();
        for (DemandLineRowParser.ParsedRow row : rows.parsed()) {
            errors.addAll(row.errors());
            if (!row.valid()) {
                continue;
            }
            Optional<UUID> canteen = canteens.resolve(row.canteenKey());
            if (canteen.isEmpty()) {
                errors.add(new LineError(row.line(), column, "no registered canteen has " + column + " "
                        + row.canteenKey()));
            } else if (!members.contains(canteen.get())) {
                errors.add(new LineError(row.line(), column, "canteen " + canteen.get()
                        + " is not a member of purchasing group " + campaign.groupId()));
            } else {
                valid.add(new DemandLineGrouping.SiteRow(row, canteen.get()));
            }
        }
        return valid;
    }

    /** A line's category must be found, and the draft must not have the product already; on each of its rows. */
    private static List<LineError> lineErrors(DemandCampaign campaign, Nomenclature nomenclature,
                                              DemandLineGrouping.Group group) {
        List<LineError> errors = new ArrayList<>();
        DemandLineInput input = group.input();
        Optional<DemandLine> existing = campaign.lines().stream()
                .filter(l -> l.sameProduct(input.productLabel(), input.cpvCode(), input.unit())).findFirst();
        String categoryProblem = input.resolve(nomenclature).violations().stream()
                .filter(v -> v.field().equals(DemandLineInput.CATEGORY)).map(v -> v.message()).findFirst().orElse(null);
        for (long row : group.rows()) {
            existing.ifPresent(l -> errors.add(new LineError(row, DemandLineFile.PRODUCT, "the campaign already has "
                    + "line " + l.lineNumber() + " for this product, CPV code and unit: change or delete it first")));
            if (categoryProblem != null) {
                errors.add(new LineError(row, DemandLineFile.CATEGORY, categoryProblem));
            }
        }
        return errors;
    }

    private static List<Problem.FieldError> listed(List<LineError> errors) {
        return errors.stream().limit(MAX_LISTED_ERRORS).map(DemandLineImports::fieldError).toList();
    }

    private static ProblemException fileError(long line, String detail) {
        return new ProblemException(ProblemType.VALIDATION_ERROR, detail,
                List.of(Problem.FieldError.line(line, null, detail)), Map.of());
    }

    private static Problem.FieldError fieldError(LineError e) {
        return Problem.FieldError.line(e.line(), e.column(), e.message());
    }
}
