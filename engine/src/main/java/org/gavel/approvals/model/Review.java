package org.gavel.approvals.model;

import org.gavel.system.Outcome;

/**
 * One EC member's response in one round.
 *
 * @param member the member's username
 * @param response what they answered
 * @param reason the objection's reason or the conflict declared; {@code null} with no
 * objection
 */
public record Review(String member, Response response, String reason) {

	/**
	 * A response as the form {@code ec-review} submits it.
	 * @param member who responds
	 * @param response the form's value, e.g. {@code objection}
	 * @param reason the reason, or blank
	 * @return the review, or the field at fault
	 */
	public static Outcome<Review> of(String member, String response, String reason) {
		Response answer = Response.ofValue(response).orElse(null);
		if (answer == null) {
			return Outcome.refused("response", "choose no objection, objection or conflict of interest");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (answer.needsReason() && why == null) {
			return Outcome.refused("reason", (answer == Response.OBJECTION) ? "an objection needs its reason"
					: "say what the conflict of interest is");
		}
		return Outcome.accepted(new Review(member, answer, why));
	}

}
