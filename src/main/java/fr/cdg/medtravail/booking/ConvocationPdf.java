package fr.cdg.medtravail.booking;

import java.io.ByteArrayOutputStream;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** The convocation as a one-page PDF, attached to the référent's e-mails and offered for download. */
final class ConvocationPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font TEXT = FontFactory.getFont(FontFactory.HELVETICA, 11);

    private ConvocationPdf() {
    }

    static byte[] render(Convocation c) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle("Convocation " + c.agentName());
        document.open();
        document.add(new Paragraph("Convocation à une visite de santé au travail", TITLE));
        document.add(new Paragraph(c.collectiviteName(), TEXT));
        document.add(new Paragraph(" "));
        line(document, "Agent", c.agentName());
        line(document, "Visite", c.visitKind().label());
        line(document, "Reçu(e) par", c.professionalKind().label());
        line(document, "Date", c.day());
        line(document, "Heure", c.time() + " (fin prévue à " + c.endTime() + ")");
        line(document, "Lieu", c.cabinetName());
        line(document, "Adresse", c.fullAddress());
        document.add(new Paragraph(" "));
        document.add(new Paragraph("À apporter", HEADING));
        var items = new List(List.UNORDERED);
        c.toBring().forEach(item -> items.add(new ListItem(item, TEXT)));
        document.add(items);
        document.add(new Paragraph(" "));
        document.add(new Paragraph(c.absenceNotice(), TEXT));
        document.close();
        return out.toByteArray();
    }

    private static void line(Document document, String label, String value) {
        var paragraph = new Paragraph();
        paragraph.add(new Chunk(label + " : ", HEADING));
        paragraph.add(new Chunk(value, TEXT));
        document.add(paragraph);
    }
}
