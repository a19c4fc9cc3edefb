package fr.cdg.medtravail.csvimport;

import java.io.IOException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import fr.cdg.medtravail.security.Access;
import fr.cdg.medtravail.web.InvalidInputException;
import fr.cdg.medtravail.web.Screen;

@Screen
@Controller
@PreAuthorize(Access.STAFF)
class ImportWebController {

    private final CsvImportService imports;

    ImportWebController(CsvImportService imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    String page(Model model) {
        model.addAttribute("declarations", imports.kinds().stream().map(imports::declaration).toList());
        return "imports";
    }

    @PostMapping("/imports")
    String upload(@RequestParam String kind, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        model.addAttribute("kind", kind);
        try {
            model.addAttribute("result", imports.run(kind, file.getBytes()));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        return page(model);
    }
}
