package fr.cdg.medtravail.directory.collectivite;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A collectivité with its declared headcounts (latest year first), memberships and number of active agents. */
public record CollectiviteDetail(@JsonUnwrapped Collectivite collectivite, List<Headcount> headcounts,
                                 List<Membership> memberships, long activeAgents) {
}
