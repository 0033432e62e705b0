package org.gavel.voting.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A ballot in a list.
 *
 * @param id identifier
 * @param title what is voted on
 * @param opensAt when voting opens
 * @param closesAt when it closes
 * @param zone the zone deadlines are shown in
 * @param closedAt when it was counted, or {@code null}
 * @param publishedAt when its result was published, or {@code null}
 * @param outcome the outcome once counted
 */
public record BallotSummary(UUID id, String title, Instant opensAt, Instant closesAt, ZoneId zone, Instant closedAt,
		Instant publishedAt, String outcome) {

}
