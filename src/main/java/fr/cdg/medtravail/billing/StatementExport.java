package fr.cdg.medtravail.billing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Statements as CSV (semicolon-separated, decimal comma, as French spreadsheets read them) and PDF. Amounts are
 * printed as stored: already rounded to the cent, line by line.
 */
final class StatementExport {

    static final String CSV_HEADER = "statement;collectivite;siren;year;period;corrects;line;label;quantity;unit_price;"
            + "amount;rule;source;grid_id";
    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);
    private static final Font SMALL = FontFactory.getFont(FontFactory.HELVETICA, 7);
    private static final DateTimeFormatter ISSUED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));

    private StatementExport() {
    }

    /** One row per line of each statement; the finance export is the same columns over a whole period. */
    static String csv(List<IssuedStatement> statements) {
        var rows = statements.stream().flatMap(s -> {
            var lines = s.lines();
            return IntStream.range(0, lines.size()).mapToObj(i -> Stream.of(
                    String.valueOf(s.id()), s.collectiviteName(), s.siren(), String.valueOf(s.year()), s.period().name(),
                    s.correctsId() == null ? "" : String.valueOf(s.correctsId()), String.valueOf(i + 1),
                    lines.get(i).label(), decimal(lines.get(i).quantity()), decimal(lines.get(i).unitPrice()),
                    decimal(lines.get(i).amount()), lines.get(i).rule(), lines.get(i).source(),
                    lines.get(i).gridId() == null ? "" : String.valueOf(lines.get(i).gridId()))
                    .map(StatementExport::cell).collect(Collectors.joining(";")));
        });
        return Stream.concat(Stream.of(CSV_HEADER), rows).collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    static byte[] pdf(IssuedStatement s) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.addTitle("Bordereau " + s.id());
        document.open();
        document.add(new Paragraph("Bordereau n° " + s.id() + " — " + s.period().label() + " " + s.year(), TITLE));
        document.add(new Paragraph(s.collectiviteName() + " (SIREN " + s.siren() + ")", TEXT));
        document.add(new Paragraph("Émis le " + ISSUED.format(s.issuedAt()) + " par " + s.issuedBy()
                + " ; règle d'absences : " + s.surchargeRule().label() + " (grille " + s.gridId() + ")", TEXT));
        if (s.correctsId() != null) {
            document.add(new Paragraph("Annule et remplace le bordereau n° " + s.correctsId() + " : "
                    + s.correctionReason(), HEADING));
        }
        document.add(new Paragraph(" "));
        var table = new PdfPTable(new float[] {26, 7, 9, 9, 28, 21});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Stream.of("Objet", "Quantité", "Prix unitaire", "Montant", "Règle", "Source")
                .forEach(h -> table.addCell(new PdfPCell(new Phrase(h, HEADING))));
        for (var line : s.lines()) {
            table.addCell(new Phrase(line.label(), TEXT));
            table.addCell(right(decimal(line.quantity())));
            table.addCell(right(decimal(line.unitPrice()) + " €"));
            table.addCell(right(decimal(line.amount()) + " €"));
            table.addCell(new Phrase(line.rule(), SMALL));
            table.addCell(new Phrase(line.source(), SMALL));
        }
        var total = new PdfPCell(new Phrase("Total", HEADING));
        total.setColspan(3);
        table.addCell(total);
        table.addCell(right(decimal(s.total()) + " €"));
        var blank = new PdfPCell(new Phrase(""));
        blank.setColspan(2);
        table.addCell(blank);
        document.add(table);
        document.add(new Paragraph(" "));
        var note = new Paragraph();
        note.add(new Chunk("Arrondi : ", HEADING));
        note.add(new Chunk("chaque ligne = quantité × prix unitaire arrondi au centime (demi supérieur) ; "
                + "le total est la somme des lignes.", SMALL));
        document.add(note);
        document.close();
        return out.toByteArray();
    }

    /** At least the cents, at most 4 decimals, decimal comma: 250 → "250,00", 0.0327 → "0,0327". */
    static String decimal(BigDecimal value) {
        var format = new DecimalFormat("0.00##", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        format.setGroupingUsed(false);
        return format.format(value);
    }

    private static PdfPCell right(String text) {
        var cell = new PdfPCell(new Phrase(text, TEXT));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Quoted when needed; a text a spreadsheet would take for a formula is defused with a leading quote. */
    private static String cell(String value) {
        if (!value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(";") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
