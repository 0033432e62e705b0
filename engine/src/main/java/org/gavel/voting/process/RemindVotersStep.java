package org.gavel.voting.process;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.gavel.membership.Recipients;
import org.gavel.system.mail.Mailer;
import org.gavel.voting.ReadingBallots;
import org.gavel.voting.model.Ballot;

import org.springframework.stereotype.Component;

/**
 * Reminds those on the roll who have no vote in the box yet.
 */
@Component("remindVotersStep")
class RemindVotersStep implements JavaDelegate {

	private final ReadingBallots reading;

	private final Recipients recipients;

	private final Mailer mailer;

	private final Clock clock;

	RemindVotersStep(ReadingBallots reading, Recipients recipients, Mailer mailer, Clock clock) {
		this.clock = clock;
		this.reading = reading;
		this.recipients = recipients;
		this.mailer = mailer;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID id = BallotProcess.BALLOT_ID.from(execution);
		Ballot ballot = this.reading.ballot(id).orElseThrow();
		if (ballot.onlineWindowPassedAt(this.clock.instant())) {
			BallotProcess.REMINDED.set(execution, 0);
			return;
		}
		Set<String> voted = this.reading.voters(id);
		List<String> notYet = ballot.roll()
			.keySet()
			.stream()
			.filter((voter) -> !voted.contains(voter))
			.sorted()
			.toList();
		List<String> to = this.recipients.addresses(notYet);
		this.mailer.sendOnce("ballot-reminder", id.toString(),
				new Mailer.Mail(to, "Reminder: vote on " + ballot.title(), "ballot-reminder", Map.of("title",
						ballot.title(), "closesAt", when(ballot), "link", this.recipients.link("/ballots/" + id))));
		BallotProcess.REMINDED.set(execution, to.size());
	}

	static String when(Ballot ballot) {
		return ballot.closesAt()
			.atZone(ballot.zone())
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(Locale.UK));
	}

}
