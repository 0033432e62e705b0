package org.gavel.grievances;

import java.time.Clock;

import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The complainant replaces their case's token (say, when someone else may have seen it):
 * the old one stops working at once, the new one is shown once.
 */
@Service
public class ReplacingToken {

	private final Grievances grievances;

	private final CaseTokens tokens;

	private final Clock clock;

	private final TransactionTemplate transactions;

	ReplacingToken(Grievances grievances, CaseTokens tokens, Clock clock, TransactionTemplate transactions) {
		this.grievances = grievances;
		this.tokens = tokens;
		this.clock = clock;
		this.transactions = transactions;
	}

	/**
	 * Replaces the token.
	 * @param number the case its complainant opened
	 * @return the new token, or why not
	 */
	public Outcome<String> replace(CaseNumber number) {
		return RefusalsRollBack.in(this.transactions, () -> this.grievances.found(number).map((grievance) -> {
			CaseTokens.Issued token = this.tokens.issue();
			this.grievances.replaceTokenHash(grievance.id(), token.hash());
			this.grievances.event(grievance.id(), this.clock.instant(), GrievanceEvent.TOKEN_REPLACED,
					FilingGrievance.COMPLAINANT, null);
			GrievanceLog.TOKEN_REPLACED.log(number);
			return token.token();
		}));
	}

}
