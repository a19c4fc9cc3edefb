package fr.cdg.medtravail.statutory.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * Construction: by deadline, mandatory requests ahead when they would miss theirs, each on its earliest candidate that
 * fits; a request without room moves a placed one or takes the place of a longer optional one (see {@link EarliestFit}).
 */
public class EarliestFitPhase implements CustomPhaseCommand<StatutoryPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<StatutoryPlan> scoreDirector) {
        EarliestFit.deadlineFirstMandatoryWhenNeeded(scoreDirector.getWorkingSolution()).forEach((request, placement) -> {
            scoreDirector.beforeVariableChanged(request, "placement");
            request.setPlacement(placement);
            scoreDirector.afterVariableChanged(request, "placement");
        });
        scoreDirector.triggerVariableListeners();
    }
}
