package org.gavel.voting.model;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.gavel.system.Outcome;

/**
 * How a ballot is counted, as a body's statutes say; fixed, with its version, when a
 * ballot opens. Every pass condition must hold.
 *
 * @param name stable name, e.g. {@code fsc-ga}
 * @param version the version of this rule set
 * @param title the name people read
 * @param weighting how much each vote weighs
 * @param quorum who must take part, or {@code null} for none
 * @param conditions the pass conditions, all required
 * @param ties what a tie does
 * @param mechanics vote change, secrecy, proxies, consensus
 */
public record RuleSet(String name, int version, String title, Weighting weighting, Quorum quorum,
		List<Condition> conditions, TieRule ties, Mechanics mechanics) {

	public RuleSet {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(weighting, "weighting");
		conditions = List.copyOf(conditions);
		Objects.requireNonNull(ties, "ties");
		Objects.requireNonNull(mechanics, "mechanics");
		List<String> problems = RuleSetChecks.problems(weighting, quorum, conditions, mechanics);
		if (!problems.isEmpty()) {
			throw new InvalidRuleSetException(name, problems);
		}
	}

	/**
	 * The voting group a member counts in under this rule set: split by sub-chamber and
	 * member type only where the weighting splits by them.
	 * @param chamber the member's chamber
	 * @param subChamber the member's sub-chamber, or {@code null}
	 * @param memberType the member's type, or {@code null}
	 * @return the group
	 */
	public VotingGroup groupOf(String chamber, String subChamber, String memberType) {
		return new VotingGroup(chamber, this.weighting.subChambers().isEmpty() ? null : subChamber,
				this.weighting.memberTypes().isEmpty() ? null : memberType);
	}

	/**
	 * Whether the room is counted as one: every member's vote weighs the same and no
	 * condition or quorum looks at a chamber, so an in-room tally is entered for the
	 * whole roll ({@link VotingGroup#WHOLE_ROLL}) and checked against the whole roll,
	 * never split by chamber.
	 * @return whether it does
	 */
	public boolean countsRoomWhole() {
		return this.weighting.mode() != Weighting.Mode.CHAMBER_WEIGHTED
				&& this.conditions.stream().noneMatch((condition) -> condition instanceof PerChamber)
				&& (this.quorum == null || this.quorum.scope() == Quorum.Scope.OVERALL);
	}

	/**
	 * Whether this rule set can count a roll: a count with no votes yet finds a weight
	 * for every voting group of the roll.
	 * @param roll the roll
	 * @return this rule set, or why it cannot count the roll (field {@code ruleSet})
	 */
	public Outcome<RuleSet> canCount(List<Elector> roll) {
		List<GroupCount> groups = Counting.groups(this, roll, List.of(), Set.of());
		return Weights.unweighted(this.weighting, groups, this.weighting.normaliseOver())
			.<Outcome<RuleSet>>map((problem) -> Outcome.refused("ruleSet",
					"rule set " + this.name + " cannot count this roll: " + problem))
			.orElseGet(() -> Outcome.accepted(this));
	}

	/** A pass condition. */
	public sealed interface Condition permits Overall, PerChamber {

	}

	/**
	 * The share in favour over the whole ballot.
	 *
	 * @param threshold the share required, e.g. 2/3
	 * @param comparison {@code >} or {@code >=}
	 * @param denominator what the share is of
	 */
	public record Overall(Share threshold, Comparison comparison, Denominator denominator) implements Condition {

	}

	/**
	 * The share in favour inside each chamber.
	 *
	 * @param threshold the share required in each chamber
	 * @param comparison {@code >} or {@code >=}
	 * @param denominator what the share is of
	 * @param scope every chamber, or every chamber that voted
	 * @param onlyIfAnyAgainst checked only when somebody voted against (RTRS)
	 */
	public record PerChamber(Share threshold, Comparison comparison, Denominator denominator, ChamberScope scope,
			boolean onlyIfAnyAgainst) implements Condition {

	}

	/** Which chambers a per-chamber threshold looks at. */
	public enum ChamberScope {

		/** A chamber with no ballot to count fails the condition. */
		EVERY_CHAMBER,
		/** Chambers with no ballot to count are skipped. */
		EVERY_CHAMBER_THAT_VOTED

	}

	/** What happens on a tie (as much weight for as against). */
	public enum TieRule {

		/** The motion fails. */
		FAILS,
		/** The chair's casting vote decides; the result waits for it. */
		CHAIR_CASTING_VOTE,
		/** The ballot is held again. */
		REVOTE

	}

	/**
	 * How the ballot is run.
	 *
	 * @param voteChangeAllowed whether a later vote replaces an earlier one until closing
	 * @param secret whether the stored choice may not be joined to the voter
	 * @param proxies proxy rules, or {@code null} when proxies are not allowed
	 * @param consensusFirst whether the item passes by consensus when nobody sustains an
	 * objection, the vote being the fallback (EC items)
	 * @param closeWhenAllVoted whether the secretariat may count the ballot before its
	 * window ends once every place on the roll has voted (an online ballot with no
	 * in-room session; a vote that could still change is never closed early)
	 * @param paperBallots whether the secretariat may record a voter's paper ballot (a
	 * postal vote), spoilt ones included, in place of an online vote
	 */
	public record Mechanics(boolean voteChangeAllowed, boolean secret, Proxies proxies, boolean consensusFirst,
			boolean closeWhenAllVoted, boolean paperBallots) {

		/**
		 * Mechanics without paper ballots.
		 * @param voteChangeAllowed whether a later vote replaces an earlier one
		 * @param secret whether the stored choice may not be joined to the voter
		 * @param proxies proxy rules, or {@code null}
		 * @param consensusFirst whether consensus comes first
		 * @param closeWhenAllVoted whether it may close once all have voted
		 */
		public Mechanics(boolean voteChangeAllowed, boolean secret, Proxies proxies, boolean consensusFirst,
				boolean closeWhenAllVoted) {
			this(voteChangeAllowed, secret, proxies, consensusFirst, closeWhenAllVoted, false);
		}

		/**
		 * Mechanics without an early close.
		 * @param voteChangeAllowed whether a later vote replaces an earlier one
		 * @param secret whether the stored choice may not be joined to the voter
		 * @param proxies proxy rules, or {@code null}
		 * @param consensusFirst whether consensus comes first
		 */
		public Mechanics(boolean voteChangeAllowed, boolean secret, Proxies proxies, boolean consensusFirst) {
			this(voteChangeAllowed, secret, proxies, consensusFirst, false, false);
		}

	}

	/**
	 * Proxy voting.
	 *
	 * @param maxPrincipals how many principals one holder may carry, by member type
	 * ({@code organisation}, {@code individual}); a type not listed is unlimited
	 * @param deadlineBeforeClose how long before the ballot closes proxies must be given
	 */
	public record Proxies(Map<String, Integer> maxPrincipals, Duration deadlineBeforeClose) {

		public Proxies {
			maxPrincipals = Map.copyOf(maxPrincipals);
		}

	}

}
