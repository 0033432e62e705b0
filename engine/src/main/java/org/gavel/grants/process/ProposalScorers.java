package org.gavel.grants.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.grants.ReadingCalls;

import org.springframework.stereotype.Component;

/**
 * The collection of "Score the proposal" ({@code ${proposalScorers.of(execution)}}): its
 * assigned evaluators, one task each.
 */
@Component("proposalScorers")
public class ProposalScorers {

	private final ReadingCalls reading;

	ProposalScorers(ReadingCalls reading) {
		this.reading = reading;
	}

	/**
	 * Who scores.
	 * @param execution the proposal's instance
	 * @return the assigned evaluators
	 */
	public List<String> of(DelegateExecution execution) {
		return this.reading.beforeDeclaring(ProposalProcess.reference(execution))
			.map(this.reading::evaluatorsOf)
			.orElse(List.of());
	}

}
