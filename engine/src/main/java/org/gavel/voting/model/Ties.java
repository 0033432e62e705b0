package org.gavel.voting.model;

import java.util.List;
import java.util.Optional;

/**
 * Decides a tie, as the rule set says.
 */
final class Ties {

	private Ties() {
	}

	/**
	 * Decides a tie.
	 * @return the outcome the tie leads to
	 */
	static BallotOutcome decide(RuleSet.TieRule rule, Optional<Choice> castingVote, Counts ballots,
			List<Check> checks) {
		String tie = "Tie: " + ballots.inFavour() + " for and " + ballots.against() + " against carry equal weight";
		switch (rule) {
			case FAILS -> {
				checks.add(new Check(false, tie + "; a tie fails under this rule set."));
				return BallotOutcome.REJECTED;
			}
			case REVOTE -> {
				checks.add(new Check(false, tie + "; the ballot is to be held again."));
				return BallotOutcome.TIE;
			}
			default -> {
				if (castingVote.isEmpty()) {
					checks.add(new Check(false, tie + "; waiting for the chair's casting vote."));
					return BallotOutcome.TIE;
				}
				boolean inFavour = castingVote.get() == Choice.FOR;
				checks.add(new Check(inFavour,
						tie + "; the chair's casting vote is " + castingVote.get().name().toLowerCase() + "."));
				return inFavour ? BallotOutcome.ADOPTED : BallotOutcome.REJECTED;
			}
		}
	}

}
