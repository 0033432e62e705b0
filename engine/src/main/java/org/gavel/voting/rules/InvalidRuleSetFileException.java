package org.gavel.voting.rules;

import java.util.List;

import org.gavel.voting.VotingLog;

/**
 * Rule-set files Gavel cannot use; each problem names the file, the field and what is
 * wrong ({@code VOTING-002}).
 */
public class InvalidRuleSetFileException extends RuntimeException {

	private final List<String> problems;

	public InvalidRuleSetFileException(List<String> problems) {
		super(VotingLog.RULE_SETS_INVALID.text(String.join("\n  ", problems)));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return this.problems;
	}

}
