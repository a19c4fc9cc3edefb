package fr.cdg.medtravail.directory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import fr.cdg.medtravail.web.NotFoundException;

/** Screens answer an unknown (or not visible) id with a plain "not found" page, status 404. */
@ControllerAdvice(annotations = DirectoryScreen.class)
public class DirectoryScreenAdvice {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("not-found", HttpStatus.NOT_FOUND);
    }
}
