package org.gavel.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gavel.membership.Recipients;
import org.gavel.system.Outcome;
import org.gavel.system.mail.Mailer;
import org.gavel.voting.model.Ballot;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds those on a ballot's roll who have no vote in the box yet while the online
 * window is open: once when its process's reminder is due, and when the secretariat asks
 * from the ballot's page, at most once a day each.
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
		Ballot ballot = this.reading.ballot(command.ballot()).orElseThrow();
		return ballot.onlineWindowPassedAt(this.clock.instant()) ? 0 : send(ballot, command.ballot().toString());
	}

	/**
	 * Reminds those who have not voted now, as the secretariat asks: each at most once a
	 * day (in the ballot's zone) this way.
	 * @param ballot the ballot
	 * @return how many have not voted, or why nobody is reminded
	 */
	@Transactional
	public Outcome<Integer> remindNow(UUID ballot) {
		Ballot found = this.reading.ballot(ballot).orElse(null);
		if (found == null) {
			return Outcome.refused("There is no ballot " + ballot + ".");
		}
		Instant now = this.clock.instant();
		if (found.notYetOpenAt(now) || found.onlineWindowPassedAt(now)) {
			return Outcome.refused("Voting is not open: nobody is reminded.");
		}
		return Outcome.accepted(send(found, ballot + "/" + LocalDate.ofInstant(now, found.zone())));
	}

	private int send(Ballot ballot, String occasion) {
		UUID id = ballot.id();
		Set<String> voted = this.reading.voters(id);
		List<String> notYet = ballot.roll()
			.keySet()
			.stream()
			.filter((voter) -> !voted.contains(voter))
			.sorted()
			.toList();
		List<String> to = this.recipients.addresses(notYet);
		this.mailer.sendOnce("ballot-reminder", occasion,
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
