package org.gavel.voting.model;

import java.util.List;

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
 */
public record Result(String ruleSet, int version, BallotOutcome outcome, ChamberFigures totals,
		List<ChamberFigures> chambers, List<Check> checks) {

	public Result {
		chambers = List.copyOf(chambers);
		checks = List.copyOf(checks);
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
