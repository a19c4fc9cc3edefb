package fr.cdg.medtravail.booking.web;

import java.util.stream.Collectors;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import fr.cdg.medtravail.web.ConflictException;
import fr.cdg.medtravail.web.InvalidInputException;

/**
 * A screen's change, then back to the page it came from with what happened: a French sentence, then the booking
 * rule's own words in brackets. An unknown or foreign id is left to the "not found" page.
 */
final class Outcome {

    private Outcome() {
    }

    /** Runs {@code change} and redirects to {@code back} with a notice, or the reason of a refusal. */
    static String redirect(RedirectAttributes flash, String back, String done, Runnable change) {
        try {
            change.run();
            flash.addFlashAttribute("notice", done);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("problem", "Refusé par les règles de réservation (" + e.problems().stream()
                    .map(problem -> problem.field() + " " + problem.message()).collect(Collectors.joining(" ; "))
                    + ").");
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", "Impossible pour l'instant : le créneau ou le rendez-vous a changé"
                    + " entre-temps, ou les minutes sont épuisées ; rechargez la page (" + e.getMessage() + ").");
        }
        return "redirect:" + back;
    }

    static String portal(long collectiviteId) {
        return "/collectivites/" + collectiviteId + "/rendez-vous";
    }
}
