package fr.cdg.medtravail.csvimport;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.web.PayloadTooLargeException;

@Tag(name = "Imports", description = "All-or-nothing CSV imports of the directory (staff)")
@RestController
@PreAuthorize(Access.STAFF)
class ImportApiController {

    private final CsvImportService imports;
    private final ImportSettings settings;

    ImportApiController(CsvImportService imports, ImportSettings settings) {
        this.imports = imports;
        this.settings = settings;
    }

    @Operation(summary = "Import a CSV file sent as the request body",
            description = "kind: collectivites, agents, professionals, cabinets, leaves, travel-times. UTF-8, ';' or ','. "
                    + "A bad file is refused (400) with every problem (line, field = column, message); nothing is written. "
                    + "A body over medtravail.imports.max-size is refused (413).",
            requestBody = @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @PostMapping(path = "/api/imports/{kind}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ImportResult importBody(@PathVariable String kind, HttpServletRequest request) throws IOException {
        return imports.run(kind, body(request, settings.maxSize().toBytes()));
    }

    /** The body, refused (413) as soon as it is known to be over the limit: by its length, or while reading it. */
    private static byte[] body(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            throw new PayloadTooLargeException(limit);
        }
        var content = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (content.length > limit) {
            throw new PayloadTooLargeException(limit);
        }
        return content;
    }

    @Operation(summary = "Import a CSV file sent as the multipart field \"file\"")
    @PostMapping(path = "/api/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file) throws IOException {
        return imports.run(kind, file.getBytes());
    }
}
