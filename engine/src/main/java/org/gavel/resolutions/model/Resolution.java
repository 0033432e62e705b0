package org.gavel.resolutions.model;

import java.time.Instant;
import java.util.UUID;

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
 * @param ecStance the EC's position (support, oppose, neutral), or {@code null}
 * @param ecStatement the EC's statement, or {@code null}
 * @param approvalId the EC approval that gave the position, or {@code null}
 * @param ballotId its ballot, once voting opened
 * @param outcome the ballot's outcome (ADOPTED, REJECTED, NO_QUORUM, TIE), or
 * {@code null}
 * @param implementation how far an adopted resolution has been carried out, or
 * {@code null}
 * @param createdAt when the draft was started
 */
public record Resolution(UUID id, UUID assemblyId, Integer number, String title, ResolutionType type, String rationale,
		String operativeText, String proposer, String organisation, String workingGroup, ResolutionStatus status,
		int version, Instant resubmitBy, String ecStance, String ecStatement, UUID approvalId, UUID ballotId,
		String outcome, Implementation implementation, Instant createdAt) {

	/** How it is referred to, e.g. "Resolution 3", or "Draft" before admission. */
	public String label() {
		return (this.number != null) ? "Resolution " + this.number : "Draft";
	}

}
