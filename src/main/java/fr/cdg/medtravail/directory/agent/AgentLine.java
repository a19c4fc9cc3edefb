package fr.cdg.medtravail.directory.agent;

import jakarta.validation.Valid;

/** A line of an agents import: the agent and the collectivité its SIREN named. */
record AgentLine(long collectiviteId, @Valid AgentForm agent) {

    record Key(long collectiviteId, String matricule) {
    }

    Key key() {
        return new Key(collectiviteId, agent.matricule());
    }
}
