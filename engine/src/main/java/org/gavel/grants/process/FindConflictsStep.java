package org.gavel.grants.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.grants.FindingConflicts;

import org.springframework.stereotype.Component;

/**
 * "Find conflicts; ask the panel to declare": records the conflicts Gavel finds itself
 * and mails the evaluators who are to declare.
 */
@Component("findConflictsStep")
class FindConflictsStep implements JavaDelegate {

	private final FindingConflicts finding;

	FindConflictsStep(FindingConflicts finding) {
		this.finding = finding;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.finding.find(ProposalProcess.reference(execution)).orElseThrow();
	}

}
