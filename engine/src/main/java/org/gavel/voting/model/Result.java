package org.gavel.voting.model;

import java.util.List;
import java.util.Optional;

/**
 * A counted ballot: the outcome, the figures per chamber, and every check with its
 * explanation, in the order they were made.
 *
 * @param ruleSet the rule set's name
 * @param version its version
 * @param outcome the conclusion
 * @param totals the figures over all chambers
 * @param chambers the figures per chamber
 * @param checks quorum, pass conditions and tie, explained
 * @param options a ballot between options: each option's figures, in the ballot's order;
 * empty for a motion (for, against, abstain)
 */
public record Result(String ruleSet, int version, BallotOutcome outcome, ChamberFigures totals,
		List<ChamberFigures> chambers, List<Check> checks, List<OptionFigures> options) {

	public Result {
		chambers = List.copyOf(chambers);
		checks = List.copyOf(checks);
		options = List.copyOf(options);
	}

	/**
	 * The result of a motion.
	 * @param ruleSet the rule set's name
	 * @param version its version
	 * @param outcome the conclusion
	 * @param totals the figures over all chambers
	 * @param chambers the figures per chamber
	 * @param checks quorum, pass conditions and tie, explained
	 */
	public Result(String ruleSet, int version, BallotOutcome outcome, ChamberFigures totals,
			List<ChamberFigures> chambers, List<Check> checks) {
		this(ruleSet, version, outcome, totals, chambers, checks, List.of());
	}

	/**
	 * The option chosen, on a ballot between options.
	 * @return the option, or empty when none was (or the ballot is a motion)
	 */
	public Optional<OptionFigures> chosen() {
		return this.options.stream().filter(OptionFigures::chosen).findFirst();
	}

	/**
	 * The whole explanation, one sentence a line, ending with the outcome.
	 * @return the text Gavel prints on certificates
	 */
	public String explanation() {
		StringBuilder text = new StringBuilder();
		this.checks.forEach((check) -> text.append(check.explanation()).append('\n'));
		return text.append("Outcome: ").append(this.outcome.label()).toString();
	}

}
