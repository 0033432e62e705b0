package org.gavel.resolutions.model;

import java.time.Instant;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;
import org.gavel.voting.model.BallotOutcome;

/**
 * A resolution put to a General Assembly.
 *
 * @param id its id, also the business key of its {@code GaResolutionProcess}
 * @param assemblyId the assembly
 * @param number its number in the booklet, given when admitted, else {@code null}
 * @param title its title
 * @param type ordinary or statutory
 * @param rationale why the proposer asks for it
 * @param operativeText what the assembly resolves
 * @param proposer who proposes it (username)
 * @param organisation the proposer's organisation (name)
 * @param workingGroup the working group it comes from, or {@code null}
 * @param status where it stands
 * @param version its version, from 1 (a resubmission adds one)
 * @param resubmitBy the resubmission deadline when returned, else {@code null}
 * @param ecStance the EC's position, or {@code null}
 * @param ecStatement the EC's statement, or {@code null}
 * @param approvalId the EC approval that gave the position, or {@code null}
 * @param ballotId its ballot, once voting opened
 * @param outcome the ballot's outcome, or {@code null}
 * @param implementation how far an adopted resolution has been carried out, or
 * {@code null}
 * @param createdAt when the draft was started
 */
public record Resolution(UUID id, UUID assemblyId, Integer number, String title, ResolutionType type, String rationale,
		String operativeText, String proposer, String organisation, String workingGroup, ResolutionStatus status,
		int version, Instant resubmitBy, EcStance ecStance, String ecStatement, UUID approvalId, UUID ballotId,
		BallotOutcome outcome, Implementation implementation, Instant createdAt) {

	/**
	 * A new draft, collecting co-sponsors.
	 * @param id its id
	 * @param assemblyId the assembly it is for
	 * @param text its text as the proposer wrote it
	 * @param proposer who proposes it
	 * @param organisation the proposer's organisation (name)
	 * @param at when
	 * @return the resolution, version 1
	 */
	public static Resolution drafted(UUID id, UUID assemblyId, Text text, String proposer, String organisation,
			Instant at) {
		return new Resolution(id, assemblyId, null, text.title(), text.type(), text.rationale(), text.operativeText(),
				proposer, organisation, text.workingGroup(), ResolutionStatus.DRAFT, 1, null, null, null, null, null,
				null, null, at);
	}

	/**
	 * Checks the resolution stands where an action needs it.
	 * @param expected where it must stand
	 * @return this, or why not
	 */
	public Outcome<Resolution> in(ResolutionStatus expected) {
		return Outcome.when(this.status == expected, this,
				() -> Refusal.of("This resolution is " + this.status.label() + "."));
	}

	/**
	 * Checks the resolution is still a draft collecting co-sponsors.
	 * @return this, or why not
	 */
	public Outcome<Resolution> collectingSponsors() {
		return Outcome.when(this.status == ResolutionStatus.DRAFT, this,
				() -> Refusal.of("This resolution is no longer collecting co-sponsors."));
	}

	/**
	 * Checks a person is the proposer, who alone submits, revises and invites.
	 * @param person who acts
	 * @param action what they do, e.g. "submits it"
	 * @return this, or why not
	 */
	public Outcome<Resolution> proposedBy(String person, String action) {
		return Outcome.when(this.proposer.equals(person), this,
				() -> Refusal.of("Only the proposer, " + this.proposer + ", " + action + "."));
	}

	/**
	 * Checks a returned resolution may still be revised.
	 * @param now the time now
	 * @return this, or why not
	 */
	public Outcome<Resolution> revisableAt(Instant now) {
		if (this.status != ResolutionStatus.RETURNED) {
			return Outcome.refused("This resolution has not been returned for revision.");
		}
		return Outcome.when(this.resubmitBy == null || !now.isAfter(this.resubmitBy), this,
				() -> Refusal.of("Too late: it had to come back by " + this.resubmitBy + "."));
	}

	/**
	 * Whether this resolution, returned for revision, may still be resubmitted when
	 * voting would open: voting cannot open before that.
	 * @param votingOpensAt when voting would open
	 * @return whether it waits past that moment
	 */
	public boolean resubmittableAfter(Instant votingOpensAt) {
		return this.status == ResolutionStatus.RETURNED && this.resubmitBy != null
				&& !this.resubmitBy.isBefore(votingOpensAt);
	}

	/**
	 * Checks members may comment: while the resolution is in the booklet and voted on.
	 * @return this, or why not
	 */
	public Outcome<Resolution> openForComments() {
		return Outcome.when(this.status == ResolutionStatus.PUBLISHED || this.status == ResolutionStatus.VOTING, this,
				() -> Refusal.of("Comments open when the resolution is published in the booklet."));
	}

	/**
	 * Checks a member's comment may be added: while the resolution is open for
	 * discussion, and not empty.
	 * @param body the comment
	 * @return the comment, stripped, or why not
	 */
	public Outcome<String> comment(String body) {
		return openForComments().then((open) -> (body == null || body.isBlank())
				? Outcome.refused("comment", "is required") : Outcome.accepted(body.strip()));
	}

	/**
	 * Who the resolution's ballot is recorded as opened by.
	 * @return {@code resolution <id>}
	 */
	public String opener() {
		return "resolution " + this.id;
	}

	/** How it is referred to, e.g. "Resolution 3", or "Draft" before admission. */
	public String label() {
		return (this.number != null) ? "Resolution " + this.number : "Draft";
	}

	/**
	 * A resolution's text, as the proposer writes or revises it.
	 *
	 * @param title its title
	 * @param type ordinary or statutory
	 * @param rationale why
	 * @param operativeText what the assembly resolves
	 * @param workingGroup the working group it comes from, or {@code null}
	 */
	public record Text(String title, ResolutionType type, String rationale, String operativeText, String workingGroup) {

	}

}
