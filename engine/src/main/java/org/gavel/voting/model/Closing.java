package org.gavel.voting.model;

import java.time.Instant;

/**
 * What a closed ballot publishes.
 *
 * @param closedAt when it was closed
 * @param chainHead the head of the hash chain over its votes
 * @param outcome the outcome
 * @param explanation the explanation, a sentence a line
 * @param publishedAt when the scrutineers' sign-off published it, or {@code null}
 */
public record Closing(Instant closedAt, String chainHead, BallotOutcome outcome, String explanation,
		Instant publishedAt) {

}
