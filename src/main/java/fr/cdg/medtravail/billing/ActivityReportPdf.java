package fr.cdg.medtravail.billing;

import java.io.ByteArrayOutputStream;
import java.util.stream.Stream;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/** The annual activity report as a PDF, in the style of the convocations. */
final class ActivityReportPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 9);

    private ActivityReportPdf() {
    }

    static byte[] render(ActivityReport report) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(document, out);
        document.addTitle("Rapport d'activité " + report.year());
        document.open();
        document.add(new Paragraph("Rapport d'activité " + report.year() + " — santé au travail", TITLE));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Visites par nature et par professionnel", HEADING));
        var visits = table("Visite", "Professionnel", "Issue", "Nombre");
        report.visits().forEach(v -> cells(visits, v.visitLabel(), v.professionalLabel(), v.statusLabel(),
                String.valueOf(v.count())));
        document.add(visits);
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Absences", HEADING));
        document.add(new Paragraph("Visites effectuées " + report.held() + " ; absences prévenues " + report.announced()
                + " ; absences injustifiées " + report.unjustified() + " ; remplacées " + report.replaced(), TEXT));
        document.add(new Paragraph(" "));
        document.add(new Paragraph("Médecine statutaire et de contrôle (demandes reçues)", HEADING));
        var statutory = table("Nature (1–17)", "Statut", "Nombre");
        report.statutory().forEach(s -> cells(statutory, String.valueOf(s.kind()), s.status(), String.valueOf(s.count())));
        document.add(statutory);
        document.close();
        return out.toByteArray();
    }

    private static PdfPTable table(String... headings) {
        var table = new PdfPTable(headings.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        Stream.of(headings).forEach(h -> table.addCell(new Phrase(h, HEADING)));
        return table;
    }

    private static void cells(PdfPTable table, String... values) {
        Stream.of(values).forEach(v -> table.addCell(new Phrase(v, TEXT)));
    }
}
