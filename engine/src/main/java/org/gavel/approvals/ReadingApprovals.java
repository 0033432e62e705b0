package org.gavel.approvals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.Consensus;
import org.gavel.approvals.model.Review;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.membership.model.RollEntry;
import org.gavel.voting.ReadingBallots;
import org.gavel.voting.model.Closing;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approvals as pages, mails and the decision record show them.
 */
@Service
public class ReadingApprovals {

	private final Approvals approvals;

	private final ReadingElectoralRolls rolls;

	private final ReadingBallots ballots;

	ReadingApprovals(Approvals approvals, ReadingElectoralRolls rolls, ReadingBallots ballots) {
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

	public Optional<Approval> find(UUID id) {
		return this.approvals.find(id);
	}

	/**
	 * The seat holders on an approval's frozen roll.
	 * @param id the approval
	 * @return their usernames
	 */
	public List<String> seats(UUID id) {
		return entries(this.approvals.find(id).orElseThrow()).stream().map(RollEntry::voter).toList();
	}

	/**
	 * The seat holders who have not responded in the current round.
	 * @param id the approval
	 * @return their usernames
	 */
	public List<String> silent(UUID id) {
		Approval approval = this.approvals.find(id).orElseThrow();
		return Consensus.assess(seats(id), this.approvals.reviews(id, approval.round())).silent();
	}

	/**
	 * The seat holders on an approval's frozen roll from the member organisations it
	 * concerns.
	 * @param id the approval
	 * @param organisations the organisations' ids, separated by commas
	 * @return their roll entries
	 */
	public List<RollEntry> seatsOf(UUID id, String organisations) {
		List<String> concerned = Approval.organisations(organisations);
		return entries(this.approvals.find(id).orElseThrow()).stream()
			.filter((entry) -> concerned.contains(entry.organisationId()))
			.toList();
	}

	private List<RollEntry> entries(Approval approval) {
		return this.rolls.find(approval.rollId()).orElseThrow().roll().entries();
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
			List<RollEntry> seats = entries(approval);
			List<String> holders = seats.stream().map(RollEntry::voter).toList();
			List<RoundRecord> rounds = new ArrayList<>();
			for (int round = 1; round <= approval.round(); round++) {
				List<Review> reviews = this.approvals.reviews(id, round);
				rounds.add(new RoundRecord(round, reviews, Consensus.assess(holders, reviews)));
			}
			UUID ballot = (approval.ballotId() != null) ? approval.ballotId()
					: this.ballots.latestOpenedBy(approval.opener()).orElse(null);
			Closing vote = (ballot != null) ? this.ballots.closing(ballot).orElse(null) : null;
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
	public record Record(Approval approval, List<RollEntry> seats, List<RoundRecord> rounds, UUID ballot, Closing vote,
			List<Approvals.Event> history) {

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
