package org.gavel.voting.model;

import java.util.Objects;
import java.util.Set;

/**
 * Who must take part for a ballot to count.
 *
 * @param basis count people, or their voting power
 * @param scope over the whole roll, or in every chamber
 * @param comparison {@code >} or {@code >=}
 * @param threshold the share of the roll (or of its power) that must take part
 * @param counting which ballots count as taking part, beyond valid online ones
 * @param onFailure what a missed quorum does
 */
public record Quorum(Basis basis, Scope scope, Comparison comparison, Share threshold, Set<Counting> counting,
		OnFailure onFailure) {

	public Quorum {
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(comparison, "comparison");
		Objects.requireNonNull(threshold, "threshold");
		counting = Set.copyOf(counting);
		Objects.requireNonNull(onFailure, "onFailure");
	}

	/** What a quorum counts. */
	public enum Basis {

		HEADCOUNT, VOTING_POWER

	}

	/** Where a quorum is counted. */
	public enum Scope {

		OVERALL, PER_CHAMBER

	}

	/** What counts as taking part, beyond for and against cast online. */
	public enum Counting {

		ABSTENTIONS, SPOILT, PROXIES, IN_ROOM, PRESENT_NOT_VOTING

	}

	/** What a missed quorum does. */
	public enum OnFailure {

		/** The motion fails. */
		MOTION_FAILS,
		/** The meeting was no valid meeting; it must be reconvened (RSPO 2011). */
		MEETING_INVALID,
		/** The voting window is extended. */
		EXTEND_WINDOW

	}

}
