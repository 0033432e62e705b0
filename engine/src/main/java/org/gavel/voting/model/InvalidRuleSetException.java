package org.gavel.voting.model;

import java.util.List;

/**
 * A rule set whose parameters contradict each other.
 */
public class InvalidRuleSetException extends IllegalArgumentException {

	private final List<String> problems;

	public InvalidRuleSetException(String ruleSet, List<String> problems) {
		super("rule set " + ruleSet + ": " + String.join("; ", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
