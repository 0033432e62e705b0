package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.gavel.grants.model.Question;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in applicant asks a question on a published RFP within its questions window;
 * its chair and the secretariat are mailed. Nobody else ever reads who asked.
 */
@Service
public class AskingQuestion {

	private final Calls calls;

	private final GrantMails mails;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AskingQuestion(Calls calls, GrantMails mails, Clock clock, TransactionTemplate transactions) {
		this.transactions = transactions;
		this.calls = calls;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Records a question.
	 * @param asking which RFP, who asks, what
	 * @return the question's number, or why not (nothing written)
	 */
	public Outcome<Integer> ask(Asking asking) {
		Instant now = this.clock.instant();
		return RefusalsRollBack.in(this.transactions, () -> this.calls.found(asking.rfp()).then((call) -> {
			// questions are numbered one after the other, and only while the call is open
			this.calls.lock(call.id());
			return this.calls.found(asking.rfp());
		}).then((call) -> call.askable(now)).map((call) -> {
			UUID id = UUID.randomUUID();
			int number = this.calls.addQuestion(call.id(), id, asking.by(), now, asking.question().strip());
			this.mails.asked(call,
					new Question(id, number, asking.by(), now, asking.question().strip(), null, null, null));
			GrantLog.QUESTION_ASKED.log(call.reference(), number);
			return number;
		}));
	}

	/**
	 * A question to ask.
	 *
	 * @param rfp the RFP
	 * @param by the signed-in applicant
	 * @param question the question, as the form checked it
	 */
	public record Asking(Reference rfp, String by, String question) {

	}

}
