package org.gavel.voting;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gavel.membership.Recipients;
import org.gavel.system.mail.Mailer;
import org.gavel.voting.model.Ballot;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds those on a ballot's roll who have no vote in the box yet, once, while the
 * online window is open.
 */
@Service
public class RemindingVoters {

	private final ReadingBallots reading;

	private final Recipients recipients;

	private final Mailer mailer;

	private final Clock clock;

	RemindingVoters(ReadingBallots reading, Recipients recipients, Mailer mailer, Clock clock) {
		this.reading = reading;
		this.recipients = recipients;
		this.mailer = mailer;
		this.clock = clock;
	}

	/**
	 * Sends the reminder.
	 * @param command the ballot
	 * @return how many were reminded: none once the online window has passed
	 */
	@Transactional
	public int remind(Remind command) {
		UUID id = command.ballot();
		Ballot ballot = this.reading.ballot(id).orElseThrow();
		if (ballot.onlineWindowPassedAt(this.clock.instant())) {
			return 0;
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
		return to.size();
	}

	private static String when(Ballot ballot) {
		return ballot.closesAt()
			.atZone(ballot.zone())
			.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG).withLocale(Locale.UK));
	}

	/**
	 * A reminder to send.
	 *
	 * @param ballot the ballot
	 */
	public record Remind(UUID ballot) {

	}

}
