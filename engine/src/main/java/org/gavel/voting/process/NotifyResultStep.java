package org.gavel.voting.process;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.membership.Recipients;
import org.gavel.system.mail.Mailer;
import org.gavel.voting.ReadingBallots;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.SignOff;

import org.springframework.stereotype.Component;

/**
 * Tells everyone on the roll the published result, unless the caller tells them itself
 * ({@code notifyResult} false).
 */
@Component("notifyResultStep")
class NotifyResultStep implements JavaDelegate {

	private final ReadingBallots reading;

	private final Recipients recipients;

	private final Mailer mailer;

	NotifyResultStep(ReadingBallots reading, Recipients recipients, Mailer mailer) {
		this.reading = reading;
		this.recipients = recipients;
		this.mailer = mailer;
	}

	@Override
	public void execute(DelegateExecution execution) {
		if (!BallotProcess.NOTIFY_RESULT.optional(execution).orElse(true)) {
			BallotProcess.NOTIFIED.set(execution, 0);
			return;
		}
		UUID id = BallotProcess.BALLOT_ID.from(execution);
		Ballot ballot = this.reading.ballot(id).orElseThrow();
		Closing closed = this.reading.closing(id).orElseThrow();
		String outcome = closed.outcome().label();
		String scrutineers = this.reading.signOffs(id)
			.stream()
			.map(SignOff::scrutineer)
			.collect(Collectors.joining(" and "));
		List<String> to = this.recipients.addresses(ballot.roll().keySet().stream().sorted().toList());
		this.mailer.sendOnce("ballot-result", id.toString(),
				new Mailer.Mail(to, "Result: " + ballot.title() + " — " + outcome, "ballot-result",
						Map.of("title", ballot.title(), "outcome", outcome, "explanation",
								List.of(closed.explanation().split("\n")), "scrutineers", scrutineers, "chainHead",
								closed.chainHead(), "link", this.recipients.link("/ballots/" + id))));
		BallotProcess.NOTIFIED.set(execution, to.size());
	}

}
