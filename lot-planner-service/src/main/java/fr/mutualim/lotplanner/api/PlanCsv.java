package fr.mutualim.lotplanner.api;

import fr.mutualim.lotplanner.domain.PlanDocument;
import fr.mutualim.lotplanner.domain.planning.Lot;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan as CSV for spreadsheets: one row per (lot, demand line). Semicolon-separated with a UTF-8
 * byte order mark, which is what spreadsheet software set to French reads without an import wizard;
 * decimals use a point, as in ma-cantine's files. Format in docs/csv-formats.md.
 */
final class PlanCsv {

    static final String HEADER = "lot_id;lot_title;homogeneous_category;main_cpv;procedure;small_lot_envelope;"
            + "lot_annual_value_eur_ht;lot_duration_value_eur_ht;local_short_chain_eligible;eligible_suppliers;"
            + "line_number;product_label;cpv_code;unit;months;quantity_per_year;line_annual_value_eur_ht;sites";

    private PlanCsv() {
    }

    static String of(PlanDocument document) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (Lot lot : document.plan().lots()) {
            LotResponse response = LotResponse.from(lot, document);
            for (LotLineResponse line : response.lines()) {
                csv.append(row(List.of(lot.id(), lot.title(), lot.categoryCode(), lot.mainCpv(),
                        lot.procedure().name(), lot.smallLotEnvelope() ? "oui" : "non", lot.annualValue().toPlainString(),
                        lot.durationValue().toPlainString(), String.valueOf(lot.localShortChainEligible()),
                        String.valueOf(lot.eligible().size()), String.valueOf(line.lineNumber()), line.productLabel(),
                        line.cpvCode(), line.unit(),
                        line.months().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        line.quantity().toPlainString(), line.annualValue().toPlainString(),
                        String.valueOf(line.siteCount())))).append("\r\n");
            }
        }
        return csv.toString();
    }

    private static String row(List<String> cells) {
        return cells.stream().map(PlanCsv::cell).collect(Collectors.joining(";"));
    }

    /** RFC 4180 quoting; a leading =, +, - or @ is escaped so a spreadsheet never runs it as a formula. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
