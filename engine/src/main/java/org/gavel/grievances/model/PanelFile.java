package org.gavel.grievances.model;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What the complaints panel stage of a case holds: conflicts declared, the panel once
 * formed, the respondent's reply and its deadlines, the decision once taken.
 *
 * @param conflicts the conflicts panel members declared on the case: username and reason
 * @param panel the panel, once formed
 * @param replyBy when the respondent's reply is due, once notified
 * @param finalReplyBy the last day of the second notice, after which the panel decides
 * without a reply
 * @param reply the respondent's reply, once given
 * @param decideBy when the panel's decision is due, once the reply is in or lapsed
 * @param decision the panel's decision (or the appeal panel's, in force), once taken
 * @param referral the suspension or termination it sent to the EC, and the EC's ruling
 */
public record PanelFile(Map<String, String> conflicts, Optional<Panel> panel, Optional<Instant> replyBy,
		Optional<Instant> finalReplyBy, Optional<Reply> reply, Optional<Instant> decideBy,
		Optional<PanelDecision> decision, Optional<SanctionReferral> referral) {

	public PanelFile {
		conflicts = Map.copyOf(conflicts);
	}

	/** A case not yet at the panel stage, or at it with nothing done yet. */
	public static PanelFile none() {
		return new PanelFile(Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
				Optional.empty(), Optional.empty(), Optional.empty());
	}

	/**
	 * The sanction as the parties and the register read it, with the EC's ruling.
	 * @return e.g. "suspension of membership, approved by the Executive Committee", or
	 * empty when the decision imposes none
	 */
	public Optional<String> sanction() {
		return this.decision.map(PanelDecision::sanction)
			.filter((sanction) -> sanction != Sanction.NONE)
			.map((sanction) -> sanction.described(this.referral.map(SanctionReferral::ruling)));
	}

	/**
	 * The deadline the panel stage runs against now: the reply (its second notice once
	 * the first passed), else the decision.
	 * @param now the time now
	 * @return the deadline, or empty before the respondent is notified
	 */
	public Optional<Instant> nextDeadline(Instant now) {
		if (this.reply.isEmpty() && this.replyBy.isPresent() && this.decideBy.isEmpty()) {
			return this.replyBy.filter(now::isBefore).or(() -> this.finalReplyBy);
		}
		return this.decideBy;
	}

	/**
	 * When the panel's decision clock started: the respondent's reply, or the end of its
	 * second notice when it did not reply.
	 * @return the moment, or empty before the decision is due
	 */
	public Optional<Instant> decisionClockStarted() {
		if (this.decideBy.isEmpty()) {
			return Optional.empty();
		}
		return this.reply.map(Reply::at).or(() -> this.finalReplyBy);
	}

	/**
	 * The respondent's reply.
	 *
	 * @param text what they answered
	 * @param by the representative who sent it
	 * @param at when
	 */
	public record Reply(String text, String by, Instant at) {

	}

}
