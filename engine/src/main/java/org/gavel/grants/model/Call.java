package org.gavel.grants.model;

import java.time.Instant;
import java.util.UUID;

import org.gavel.system.Dates;
import org.gavel.system.Outcome;

/**
 * A request for proposals as stored: its content, who drafted it and where it stands.
 *
 * @param id its id
 * @param reference e.g. {@code RFP-2027-03}
 * @param workingGroup the working group that runs it
 * @param draftedBy the working-group chair who drafted it
 * @param draftedAt when
 * @param status where it stands
 * @param version how many times it was written: 1, and one more per revision the EC asked
 * for
 * @param rfp its content; the deadline the one in force, after any addendum
 * @param approvalId the EC's item that approved it, or {@code null} before
 * @param publishedAt when it was published, or {@code null}
 */
public record Call(UUID id, Reference reference, String workingGroup, String draftedBy, Instant draftedAt,
		RfpStatus status, int version, Rfp rfp, UUID approvalId, Instant publishedAt) {

	/**
	 * Whether applicants may read it on the public pages.
	 * @return true once published
	 */
	public boolean isPublic() {
		return this.status == RfpStatus.PUBLISHED || this.status == RfpStatus.CLOSED;
	}

	/**
	 * Whether it is open for proposals.
	 * @return refused, with its status, unless published
	 */
	public Outcome<Call> open() {
		return (this.status == RfpStatus.PUBLISHED) ? Outcome.accepted(this)
				: Outcome.refused(this.reference + " is " + this.status.label() + ".");
	}

	/**
	 * Whether applicants may ask questions now.
	 * @param now the present
	 * @return accepted within the questions window of a published RFP; refused with its
	 * dates otherwise
	 */
	public Outcome<Call> askable(Instant now) {
		return open().then((call) -> {
			if (now.isBefore(this.rfp.questionsOpen())) {
				return Outcome.refused("question",
						"Questions open on " + Dates.at(this.rfp.questionsOpen(), this.rfp.zone()) + ".");
			}
			if (!now.isBefore(this.rfp.questionsClose())) {
				return Outcome.refused("question",
						"Questions closed on " + Dates.at(this.rfp.questionsClose(), this.rfp.zone()) + ".");
			}
			return Outcome.accepted(call);
		});
	}

}
