package org.gavel.grants;

import java.time.Clock;
import java.time.Instant;

import org.gavel.grants.model.Question;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RFP's chair or the secretariat answers a question: the answer is published on the
 * call's page for every applicant, without the asker's name, and mailed to every
 * applicant who started a proposal and to the asker.
 */
@Service
public class AnsweringQuestion {

	private final Calls calls;

	private final ReadingCalls reading;

	private final GrantMails mails;

	private final Clock clock;

	private final TransactionTemplate transactions;

	AnsweringQuestion(Calls calls, ReadingCalls reading, GrantMails mails, Clock clock,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.calls = calls;
		this.reading = reading;
		this.mails = mails;
		this.clock = clock;
	}

	/**
	 * Publishes an answer.
	 * @param answer which question, who answers, what
	 * @return done, or why not (nothing written)
	 */
	public Outcome<Outcome.Done> answer(Answer answer) {
		Instant now = this.clock.instant();
		return RefusalsRollBack.in(this.transactions,
				() -> this.calls.found(answer.rfp())
					.then((call) -> this.reading.managedBy(call, answer.by()))
					.then((call) -> call.open())
					.then((call) -> {
						Question question = this.calls.questions(call.id())
							.stream()
							.filter((q) -> q.number() == answer.number())
							.findFirst()
							.orElse(null);
						if (question == null) {
							return Outcome
								.refused("There is no question " + answer.number() + " on " + call.reference() + ".");
						}
						if (!this.calls.answer(call.id(), answer.number(), answer.text().strip(), answer.by(), now)) {
							return Outcome.refused("answer", "Question " + answer.number() + " is already answered.");
						}
						this.mails.answered(call, new Question(question.id(), question.number(), question.askedBy(),
								question.askedAt(), question.text(), answer.text().strip(), answer.by(), now));
						GrantLog.QUESTION_ANSWERED.log(call.reference(), answer.number(), answer.by());
						return Outcome.done();
					}));
	}

	/**
	 * An answer to publish.
	 *
	 * @param rfp the RFP
	 * @param number the question's number
	 * @param by the RFP's chair or someone of the secretariat
	 * @param text the answer
	 */
	public record Answer(Reference rfp, int number, String by, String text) {

	}

}
