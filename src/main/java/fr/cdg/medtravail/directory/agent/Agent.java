package fr.cdg.medtravail.directory.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.modulith.NamedInterface;

/** A stored agent: an active one has not left the collectivité. */
@NamedInterface("agent")
public record Agent(long id, long collectiviteId, @JsonUnwrapped AgentForm details) {

    @JsonProperty("active")
    public boolean active() {
        return details.leftOn() == null;
    }
}
