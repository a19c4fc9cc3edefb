package fr.cdg.medtravail.web;

import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * The screens speak French whatever the browser asks for, validation messages included; they answer an unknown (or
 * not visible) id with a plain "not found" page, status 404.
 */
@ControllerAdvice(annotations = Screen.class)
public class ScreenAdvice {

    /** Runs before each screen handler; the servlet restores the request's own locale context afterwards. */
    @ModelAttribute
    void speakFrench() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound() {
        return new ModelAndView("not-found", HttpStatus.NOT_FOUND);
    }
}
