package fr.cdg.medtravail.csvimport;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import fr.cdg.medtravail.security.Access;

@Tag(name = "Imports", description = "All-or-nothing CSV imports of the directory (staff)")
@RestController
@PreAuthorize(Access.STAFF)
class ImportApiController {

    private final CsvImportService imports;

    ImportApiController(CsvImportService imports) {
        this.imports = imports;
    }

    @Operation(summary = "Import a CSV file sent as the request body",
            description = "kind: collectivites, agents, professionals, cabinets, leaves, travel-times. UTF-8, ';' or ','. "
                    + "A bad file is refused (400) with every problem (line, field = column, message); nothing is written.")
    @PostMapping(path = "/api/imports/{kind}", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    ImportResult importBody(@PathVariable String kind, @RequestBody byte[] content) {
        return imports.run(kind, content);
    }

    @Operation(summary = "Import a CSV file sent as the multipart field \"file\"")
    @PostMapping(path = "/api/imports/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult importFile(@PathVariable String kind, @RequestParam("file") MultipartFile file) throws IOException {
        return imports.run(kind, file.getBytes());
    }
}
