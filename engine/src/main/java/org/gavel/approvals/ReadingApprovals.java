package org.gavel.approvals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.Consensus;
import org.gavel.approvals.model.Review;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.membership.model.RollEntry;
import org.gavel.membership.persistence.ElectoralRolls;
import org.gavel.voting.persistence.Ballots;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvals as pages, mails and the decision record show them.
 */
@Service
public class ReadingApprovals {

	private final Approvals approvals;

	private final ElectoralRolls rolls;

	private final Ballots ballots;

	ReadingApprovals(Approvals approvals, ElectoralRolls rolls, Ballots ballots) {
		this.approvals = approvals;
		this.rolls = rolls;
		this.ballots = ballots;
	}

	public List<Approval> all() {
		return this.approvals.list();
	}

	public List<Approval> bySubject(String subject) {
		return this.approvals.bySubject(subject);
	}

	/**
	 * The whole record of an approval: seats, every round's responses, the seat vote and
	 * the history.
	 * @param id the approval
	 * @return the record, if the approval exists
	 */
	@Transactional(readOnly = true)
	public Optional<Record> record(UUID id) {
		return this.approvals.find(id).map((approval) -> {
			List<RollEntry> seats = this.rolls.find(approval.rollId()).orElseThrow().entries();
			List<String> holders = seats.stream().map(RollEntry::voter).toList();
			List<RoundRecord> rounds = new ArrayList<>();
			for (int round = 1; round <= approval.round(); round++) {
				List<Review> reviews = this.approvals.reviews(id, round);
				rounds.add(new RoundRecord(round, reviews, Consensus.assess(holders, reviews)));
			}
			UUID ballot = (approval.ballotId() != null) ? approval.ballotId()
					: this.ballots.latestOpenedBy(Approving.opener(id)).orElse(null);
			Ballots.Closed vote = (ballot != null) ? this.ballots.closed(ballot).orElse(null) : null;
			return new Record(approval, seats, rounds, ballot, vote, this.approvals.events(id));
		});
	}

	/**
	 * An approval's record.
	 *
	 * @param approval the approval
	 * @param seats the seat holders on its frozen roll
	 * @param rounds each round's responses and assessment
	 * @param ballot the last seat vote's ballot (running or counted), or {@code null}
	 * @param vote the last seat vote's count, or {@code null}
	 * @param history every step
	 */
	public record Record(Approval approval, List<RollEntry> seats, List<RoundRecord> rounds, UUID ballot,
			Ballots.Closed vote, List<Approvals.Event> history) {

		public List<String> voteExplanation() {
			return (this.vote != null) ? List.of(this.vote.explanation().split("\n")) : List.of();
		}

	}

	/**
	 * One round.
	 *
	 * @param number the round
	 * @param reviews the responses
	 * @param assessment what they came to
	 */
	public record RoundRecord(int number, List<Review> reviews, Consensus.Assessment assessment) {

	}

}
