package org.gavel.approvals;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.approvals.model.Approval;
import org.gavel.forms.InputRefusedException;
import org.gavel.approvals.model.Consensus;
import org.gavel.approvals.model.Decision;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Response;
import org.gavel.approvals.model.Review;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.membership.Directory;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.RollEntry;
import org.gavel.membership.persistence.ElectoralRolls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of {@code EcApprovalProcess} do to an approval: register it with a
 * frozen EC roll, open review rounds, record responses, assess consensus, record the seat
 * vote and the chair's decision, take revisions and decide ({@code APPROVAL-0xx}).
 */
@Service
public class Approving {

	private static final Logger log = LoggerFactory.getLogger(Approving.class);

	private final Approvals approvals;

	private final TakingElectoralRoll takingRoll;

	private final ElectoralRolls rolls;

	private final Directory directory;

	private final ApprovalSettings settings;

	private final Clock clock;

	Approving(Approvals approvals, TakingElectoralRoll takingRoll, ElectoralRolls rolls, Directory directory,
			ApprovalSettings settings, Clock clock) {
		this.approvals = approvals;
		this.takingRoll = takingRoll;
		this.rolls = rolls;
		this.directory = directory;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Registers an item with the EC roll as it is now.
	 * @param item the item
	 * @return the approval, in round 0
	 * @throws InputRefusedException naming the input at fault
	 */
	@Transactional
	public Approval register(RegisterItem item) {
		ItemType type = item.type();
		if (type == null) {
			throw new InputRefusedException("itemType", "is required");
		}
		if (item.title() == null || item.title().isBlank() || item.title().length() > 300) {
			throw new InputRefusedException("title", "is required, up to 300 characters");
		}
		if (item.subject() == null || item.subject().isBlank()) {
			throw new InputRefusedException("subject", "is required (what the item refers to)");
		}
		if (this.directory.membership().person(item.submittedBy()).isEmpty()) {
			throw new InputRefusedException("submittedBy", "'" + item.submittedBy() + "' is not in the directory");
		}
		int rounds = (item.maxRounds() != null) ? item.maxRounds() : this.settings.maxRounds();
		if (rounds < 1) {
			throw new InputRefusedException("maxRounds", "must be 1 or more");
		}
		var taken = (TakingElectoralRoll.Outcome.Taken) this.takingRoll
			.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.EXECUTIVE_COMMITTEE, null, "system"));
		String chair = this.directory.membership()
			.persons()
			.stream()
			.filter((person) -> person.enabled() && person.ecChair())
			.map(Person::username)
			.findFirst()
			.orElse(null);
		Instant now = this.clock.instant();
		Approval approval = new Approval(UUID.randomUUID(), type, item.title().strip(), item.subject(), item.version(),
				item.workingGroup(), item.submittedBy(), now, taken.roll().id(), chair, rounds, 0, Status.IN_REVIEW,
				null, null, null, null, null);
		this.approvals.add(approval);
		this.approvals.event(approval.id(), 0, now, "SUBMITTED", item.submittedBy(),
				type.label() + ", version " + item.version() + "; " + taken.roll().entries().size() + " filled EC seats"
						+ ((chair != null) ? "; chair " + chair : "; no chair in the directory"));
		log.atInfo()
			.addKeyValue("code", "APPROVAL-001")
			.log("APPROVAL-001 item submitted id={} type={} subject={} seats={} chair={}", approval.id(), type,
					item.subject(), taken.roll().entries().size(), chair);
		return approval;
	}

	/**
	 * Opens the next review round.
	 * @param id the approval
	 * @return the round with its reminder and due instants
	 */
	@Transactional
	public Round startRound(UUID id) {
		Approval approval = this.approvals.find(id).orElseThrow();
		int round = approval.round() + 1;
		Instant now = this.clock.instant();
		Instant due = now.plus(this.settings.reviewPeriod());
		Instant remind = due.minus(this.settings.reminderBefore());
		this.approvals.startRound(id, round, due);
		this.approvals.event(id, round, now, "REVIEW_REQUESTED", "system", "round " + round + " of at most "
				+ approval.maxRounds() + "; reviews due " + due.atZone(this.settings.zone()).toLocalDate());
		log.atInfo()
			.addKeyValue("code", "APPROVAL-002")
			.log("APPROVAL-002 review round opened id={} round={} due={}", id, round, due);
		return new Round(round, remind.isAfter(now) ? remind : now, due);
	}

	/**
	 * The seat holders on an approval's frozen roll.
	 * @param id the approval
	 * @return their usernames
	 */
	public List<String> seats(UUID id) {
		Approval approval = this.approvals.find(id).orElseThrow();
		return this.rolls.find(approval.rollId()).orElseThrow().entries().stream().map(RollEntry::voter).toList();
	}

	/**
	 * Records a member's response in the current round.
	 * @return empty when recorded, else why not (nothing written)
	 */
	@Transactional
	public Optional<Refusal> review(UUID id, String member, String response, String reason) {
		Approval approval = this.approvals.find(id).orElse(null);
		if (approval == null || approval.status() != Status.IN_REVIEW) {
			return Optional.of(new Refusal(null, "This item is not under review."));
		}
		if (!seats(id).contains(member)) {
			return Optional.of(new Refusal(null, member + " holds no EC seat on this item's roll."));
		}
		Response answer = Response.ofValue(response).orElse(null);
		if (answer == null) {
			return Optional.of(new Refusal("response", "choose no objection, objection or conflict of interest"));
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (answer.needsReason() && why == null) {
			return Optional.of(new Refusal("reason", (answer == Response.OBJECTION) ? "an objection needs its reason"
					: "say what the conflict of interest is"));
		}
		try {
			this.approvals.review(id, approval.round(), new Review(member, answer, why), this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			return Optional.of(new Refusal(null, member + " has responded in this round already."));
		}
		this.approvals.event(id, approval.round(), this.clock.instant(),
				(answer == Response.CONFLICT) ? "RECUSED" : answer.name(), member, why);
		log.atInfo()
			.addKeyValue("code", "APPROVAL-003")
			.log("APPROVAL-003 review recorded id={} round={} member={} response={}", id, approval.round(), member,
					answer);
		return Optional.empty();
	}

	/**
	 * Notes that the round's due date passed with responses missing (the chair is told).
	 * @param id the approval
	 */
	@Transactional
	public void escalated(UUID id) {
		Approval approval = this.approvals.find(id).orElseThrow();
		this.approvals.event(id, approval.round(), this.clock.instant(), "ESCALATED", "system",
				"reviews overdue; the chair " + approval.chair() + " is alerted");
	}

	/**
	 * Assesses the current round; without consensus, derives the seat vote's roll (the
	 * frozen roll less the recused members).
	 * @param id the approval
	 * @param closedBy who closed the round early, or {@code null} when everyone responded
	 * @return the assessment and, without consensus, the seat vote's roll
	 */
	@Transactional
	public Assessed assess(UUID id, String closedBy) {
		Approval approval = this.approvals.find(id).orElseThrow();
		Consensus.Assessment assessment = Consensus.assess(seats(id), this.approvals.reviews(id, approval.round()));
		Instant now = this.clock.instant();
		if (closedBy != null) {
			this.approvals.event(id, approval.round(), now, "ROUND_CLOSED", closedBy,
					assessment.silent().size() + " member(s) had not responded: " + assessment.silent());
		}
		this.approvals.event(id, approval.round(), now, assessment.consensus() ? "CONSENSUS" : "NO_CONSENSUS", "system",
				assessment.explanation());
		log.atInfo()
			.addKeyValue("code", "APPROVAL-004")
			.log("APPROVAL-004 round assessed id={} round={} consensus={} objections={} recused={}", id,
					approval.round(), assessment.consensus(), assessment.objections().size(),
					assessment.recused().size());
		if (assessment.consensus()) {
			return new Assessed(approval, assessment, null);
		}
		Map<String, String> recused = new LinkedHashMap<>();
		assessment.recused()
			.forEach((review) -> recused.put(review.member(), "recused, conflict of interest: " + review.reason()));
		ElectoralRoll roll = this.takingRoll.withdrawing(approval.rollId(), recused, opener(id));
		this.approvals.status(id, Status.IN_VOTE);
		return new Assessed(approval, assessment, roll.id());
	}

	/**
	 * Who an approval's seat vote and derived roll are recorded as opened by.
	 * @param id the approval
	 * @return {@code approval <id>}
	 */
	public static String opener(UUID id) {
		return "approval " + id;
	}

	@Transactional
	public void recordVote(UUID id, UUID ballot, String outcome) {
		Approval approval = this.approvals.find(id).orElseThrow();
		this.approvals.seatVote(id, ballot);
		if (!"ADOPTED".equals(outcome)) {
			this.approvals.status(id, Status.AWAITING_CHAIR);
		}
		this.approvals.event(id, approval.round(), this.clock.instant(), "SEAT_VOTE", "system",
				"ballot " + ballot + ": " + outcome.replace('_', ' ').toLowerCase());
		log.atInfo()
			.addKeyValue("code", "APPROVAL-005")
			.log("APPROVAL-005 seat vote counted id={} ballot={} outcome={}", id, ballot, outcome);
	}

	/**
	 * Records the chair's decision after a failed vote.
	 * @return empty when recorded, else why not
	 */
	@Transactional
	public Optional<Refusal> chairDecides(UUID id, String chair, String decision, String comments) {
		Approval approval = this.approvals.find(id).orElseThrow();
		if (approval.status() != Status.AWAITING_CHAIR) {
			return Optional.of(new Refusal(null, "This item is not waiting for the chair."));
		}
		if (approval.chair() != null && !approval.chair().equals(chair)) {
			return Optional
				.of(new Refusal(null, chair + " is not the chair of this item's EC (" + approval.chair() + ")."));
		}
		if (!"return".equals(decision) && !"reject".equals(decision)) {
			return Optional.of(new Refusal("chairDecision", "choose return for revision or reject"));
		}
		if (comments == null || comments.isBlank()) {
			return Optional.of(new Refusal("comments", "the submitter needs the reasons"));
		}
		boolean returned = "return".equals(decision);
		this.approvals.status(id, returned ? Status.RETURNED : Status.AWAITING_CHAIR);
		this.approvals.event(id, approval.round(), this.clock.instant(), returned ? "RETURNED" : "REJECTED_BY_CHAIR",
				chair, comments.strip());
		log.atInfo()
			.addKeyValue("code", "APPROVAL-006")
			.log("APPROVAL-006 chair decided id={} round={} decision={}", id, approval.round(), decision);
		return Optional.empty();
	}

	/**
	 * Records a resubmission.
	 * @param id the approval
	 * @param version the new version of the document
	 * @param by who revised it
	 * @param note what changed
	 */
	@Transactional
	public void resubmitted(UUID id, int version, String by, String note) {
		Approval approval = this.approvals.find(id).orElseThrow();
		this.approvals.revised(id, version);
		this.approvals.event(id, approval.round(), this.clock.instant(), "RESUBMITTED", by,
				"version " + version + ": " + note);
		log.atInfo()
			.addKeyValue("code", "APPROVAL-007")
			.log("APPROVAL-007 item resubmitted id={} version={} by={}", id, version, by);
	}

	/**
	 * Records the decision the process has reached.
	 * @return the decision
	 */
	@Transactional
	public Decision decide(UUID id, boolean consensus, String voteOutcome, boolean chairReturned) {
		Approval approval = this.approvals.find(id).orElseThrow();
		Decision decision = Decision.reach(consensus, voteOutcome, chairReturned);
		String note = switch (decision.how()) {
			case CONSENSUS -> "Approved by consensus: no sustained objection.";
			case SEAT_VOTE -> "Approved by the seat vote.";
			case CHAIR -> "Rejected by the chair after the seat vote did not adopt it ("
					+ voteOutcome.replace('_', ' ').toLowerCase() + ").";
			case ROUNDS_EXHAUSTED -> "Rejected: returned in the last of " + approval.maxRounds()
					+ " allowed rounds, so it cannot be revised again.";
		};
		this.approvals.decide(id, decision, note, this.clock.instant());
		this.approvals.event(id, approval.round(), this.clock.instant(), decision.approved() ? "APPROVED" : "REJECTED",
				"system", note);
		log.atInfo()
			.addKeyValue("code", "APPROVAL-008")
			.log("APPROVAL-008 decided id={} decision={} how={}", id, decision.approved() ? "APPROVED" : "REJECTED",
					decision.how());
		return decision;
	}

	/**
	 * An item to register.
	 *
	 * @param type what kind
	 * @param title its title
	 * @param subject what it refers to
	 * @param version the document's version
	 * @param workingGroup the working group, or {@code null}
	 * @param submittedBy who submits
	 * @param maxRounds how many rounds, or {@code null} for the default
	 */
	public record RegisterItem(ItemType type, String title, String subject, int version, String workingGroup,
			String submittedBy, Integer maxRounds) {

	}

	/**
	 * A review round.
	 *
	 * @param number the round, from 1
	 * @param remindAt when those who have not responded are reminded
	 * @param dueAt when the reviews are due (then the chair is alerted)
	 */
	public record Round(int number, Instant remindAt, Instant dueAt) {

	}

	/**
	 * A round assessed.
	 *
	 * @param approval the approval
	 * @param assessment what the round came to
	 * @param voteRollId the seat vote's roll without consensus, else {@code null}
	 */
	public record Assessed(Approval approval, Consensus.Assessment assessment, UUID voteRollId) {

	}

	/**
	 * Why an action was refused.
	 *
	 * @param field the form field at fault, or {@code null} when it is not one field
	 * @param reason what is wrong
	 */
	public record Refusal(String field, String reason) {

	}

}
