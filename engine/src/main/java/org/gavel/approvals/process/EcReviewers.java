package org.gavel.approvals.process;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.gavel.approvals.ReadingApprovals;

import org.springframework.stereotype.Component;

/**
 * The collection of the review's multi-instance, {@code ${ecReviewers.of(execution)}}:
 * the seat holders on the item's frozen roll who have not responded in the round (all but
 * those recused when it opened), one review task each. (A list is read where it is needed
 * rather than stored as a variable, which would need Java serialization.)
 */
@Component("ecReviewers")
public class EcReviewers {

	private final ReadingApprovals reading;

	EcReviewers(ReadingApprovals reading) {
		this.reading = reading;
	}

	public List<String> of(DelegateExecution execution) {
		return this.reading.silent(EcApprovalProcess.APPROVAL_ID.from(execution));
	}

}
