package org.gavel.voting;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gavel.membership.Recipients;
import org.gavel.system.mail.Mailer;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.SignOff;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells everyone on a ballot's roll its published result, once.
 */
@Service
public class NotifyingResult {

	private final ReadingBallots reading;

	private final Recipients recipients;

	private final Mailer mailer;

	NotifyingResult(ReadingBallots reading, Recipients recipients, Mailer mailer) {
		this.reading = reading;
		this.recipients = recipients;
		this.mailer = mailer;
	}

	/**
	 * Sends the result.
	 * @param command the ballot
	 * @return how many were told
	 */
	@Transactional
	public int send(Notify command) {
		UUID id = command.ballot();
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
		return to.size();
	}

	/**
	 * A result to send.
	 *
	 * @param ballot the ballot
	 */
	public record Notify(UUID ballot) {

	}

}
