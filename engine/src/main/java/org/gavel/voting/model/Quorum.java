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
 * @param counting which ballots (per ballot) or which attendance (per meeting) count as
 * taking part, beyond votes for and against cast online
 * @param onFailure what a missed quorum does
 * @param level whether quorum is counted for each ballot from its votes, or once for the
 * meeting from its attendance register
 * @param online whether members who voted online count toward it ({@code false}: only
 * those in the room or represented count, as some statutes say of a meeting)
 */
public record Quorum(Basis basis, Scope scope, Comparison comparison, Share threshold, Set<Counting> counting,
		OnFailure onFailure, Level level, boolean online) {

	public Quorum {
		Objects.requireNonNull(basis, "basis");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(comparison, "comparison");
		Objects.requireNonNull(threshold, "threshold");
		counting = Set.copyOf(counting);
		Objects.requireNonNull(onFailure, "onFailure");
		Objects.requireNonNull(level, "level");
	}

	/**
	 * A quorum of each ballot, online votes counting.
	 * @param basis people or voting power
	 * @param scope overall or per chamber
	 * @param comparison {@code >} or {@code >=}
	 * @param threshold the share of the roll
	 * @param counting what counts beyond votes for and against cast online
	 * @param onFailure what a missed quorum does
	 */
	public Quorum(Basis basis, Scope scope, Comparison comparison, Share threshold, Set<Counting> counting,
			OnFailure onFailure) {
		this(basis, scope, comparison, threshold, counting, onFailure, Level.BALLOT, true);
	}

	/** Where quorum is counted. */
	public enum Level {

		/** For each ballot, from the votes cast in it (and the room's tallies). */
		BALLOT,
		/**
		 * Once for the meeting, from its attendance register: members present (with
		 * {@code IN_ROOM}), represented by proxy (with {@code PROXIES}) and, unless
		 * {@code online} is off, those who voted online in advance; a meeting without it
		 * decides nothing.
		 */
		MEETING

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
