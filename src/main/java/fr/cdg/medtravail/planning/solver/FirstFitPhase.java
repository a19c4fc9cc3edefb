package fr.cdg.medtravail.planning.solver;

import fr.cdg.medtravail.planning.domain.SessionPlan;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/** Construction heuristic: first fit by priority, applied through the score director. */
public class FirstFitPhase implements CustomPhaseCommand<SessionPlan> {

    @Override
    public void changeWorkingSolution(ScoreDirector<SessionPlan> scoreDirector) {
        FirstFitPlacer.place(scoreDirector.getWorkingSolution(), (unit, slot) -> {
            scoreDirector.beforeVariableChanged(unit, "slot");
            unit.setSlot(slot);
            scoreDirector.afterVariableChanged(unit, "slot");
        });
        scoreDirector.triggerVariableListeners();
    }
}
