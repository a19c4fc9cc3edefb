package fr.cdg.medtravail.statutory.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/** Construction: mandatory requests first, each on its earliest candidate that still fits. */
public class EarliestFitPhase implements CustomPhaseCommand<StatutoryPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<StatutoryPlan> scoreDirector) {
        EarliestFit.place(scoreDirector.getWorkingSolution(), EarliestFit.MANDATORY_FIRST, (request, placement) -> {
            scoreDirector.beforeVariableChanged(request, "placement");
            request.setPlacement(placement);
            scoreDirector.afterVariableChanged(request, "placement");
        });
        scoreDirector.triggerVariableListeners();
    }
}
