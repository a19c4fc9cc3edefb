package fr.cdg.medtravail.planning.changelog;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A recorded decision: who decided what, when and why, with the session before and after. */
public record LoggedChange(long id, @JsonProperty("session_id") Long sessionId, ChangeAction action,
                           @JsonProperty("decided_by") String decidedBy,
                           @JsonProperty("decided_at") Instant decidedAt, String reason,
                           @JsonProperty("before_state") String beforeState,
                           @JsonProperty("after_state") String afterState) {
}
