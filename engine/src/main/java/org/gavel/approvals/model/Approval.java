package org.gavel.approvals.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * An item before the Executive Committee.
 *
 * @param id the approval's id (also its process instance's business key)
 * @param type what kind of item
 * @param title its title
 * @param subject what it refers to, e.g. {@code terms-of-reference:<id>}
 * @param version the version of the document under review now
 * @param workingGroup the submitting working group, or {@code null}
 * @param submittedBy who submitted it (and revises it when returned)
 * @param submittedAt when
 * @param rollId the EC roll frozen when it came in
 * @param chair the EC chair at that time, who gets escalations and decides after a failed
 * vote
 * @param maxRounds how many review rounds it may have
 * @param round the current round, from 1
 * @param status where it stands
 * @param reviewDueAt when the current round's reviews are due
 * @param ballotId the last seat vote's ballot, or {@code null}
 * @param decision the decision once taken, or {@code null}
 * @param decisionNote what the decision says (the explanation, the chair's comments)
 * @param decidedAt when
 * @param concerns the member organisations the item concerns (separated by commas), whose
 * seat holders are recused from it, or {@code null}
 */
public record Approval(UUID id, ItemType type, String title, String subject, int version, String workingGroup,
		String submittedBy, Instant submittedAt, UUID rollId, String chair, int maxRounds, int round, Status status,
		Instant reviewDueAt, UUID ballotId, Decision decision, String decisionNote, Instant decidedAt,
		String concerns) {

	/**
	 * The member organisations a list of them names.
	 * @param concerns ids separated by commas, or {@code null}
	 * @return the ids, none when {@code null}
	 */
	public static List<String> organisations(String concerns) {
		return (concerns == null) ? List.of()
				: Arrays.stream(concerns.split(",")).map(String::strip).filter((id) -> !id.isEmpty()).toList();
	}

	/**
	 * A newly registered item, under review before its first round opens.
	 * @param id its id
	 * @param item the item
	 * @param at when it came in
	 * @param rollId the EC roll frozen now
	 * @param chair the EC chair now, or {@code null} when the seat is empty
	 * @param maxRounds how many review rounds it may have
	 * @param concerns the member organisation it concerns, or {@code null}
	 * @return the approval, in round 0
	 */
	public static Approval registered(UUID id, Item item, Instant at, UUID rollId, String chair, int maxRounds,
			String concerns) {
		return new Approval(id, item.type(), item.title(), item.subject(), item.version(), item.workingGroup(),
				item.submittedBy(), at, rollId, chair, maxRounds, 0, Status.IN_REVIEW, null, null, null, null, null,
				concerns);
	}

	/**
	 * Who the item's seat votes and derived rolls are recorded as opened by.
	 * @return {@code approval <id>}
	 */
	public String opener() {
		return "approval " + this.id;
	}

	/**
	 * Checks the item is open to its seat holders' reviews.
	 * @return this, or why not
	 */
	public Outcome<Approval> underReview() {
		return Outcome.when(this.status == Status.IN_REVIEW, this, () -> Refusal.of("This item is not under review."));
	}

	/**
	 * Checks the item waits for its chair's decision, and that it is this chair's.
	 * @param person who decides
	 * @return this, or why not
	 */
	public Outcome<Approval> awaitingChair(String person) {
		if (this.status != Status.AWAITING_CHAIR) {
			return Outcome.refused("This item is not waiting for the chair.");
		}
		return Outcome.when(this.chair == null || this.chair.equals(person), this,
				() -> Refusal.of(person + " is not the chair of this item's EC (" + this.chair + ")."));
	}

	/**
	 * Checks a person may revise the item: only its submitter does.
	 * @param person who revises
	 * @return this, or why not
	 */
	public Outcome<Approval> revisableBy(String person) {
		return Outcome.when(this.submittedBy.equals(person), this,
				() -> Refusal.of("Only the submitter, " + this.submittedBy + ", revises this item."));
	}

}
