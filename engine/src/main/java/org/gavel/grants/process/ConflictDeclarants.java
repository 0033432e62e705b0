package org.gavel.grants.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.grants.FindingConflicts;

import org.springframework.stereotype.Component;

/**
 * The collection of "Declare any conflict of interest"
 * ({@code ${conflictDeclarants.of(execution)}}): the evaluators of the proposal's panel
 * who have not declared and had no conflict found for them, one task each.
 */
@Component("conflictDeclarants")
public class ConflictDeclarants {

	private final FindingConflicts finding;

	ConflictDeclarants(FindingConflicts finding) {
		this.finding = finding;
	}

	/**
	 * Who is to declare.
	 * @param execution the proposal's instance
	 * @return their usernames
	 */
	public List<String> of(DelegateExecution execution) {
		return this.finding.undeclared(ProposalProcess.reference(execution));
	}

}
