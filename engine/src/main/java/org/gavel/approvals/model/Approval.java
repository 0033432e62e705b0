package org.gavel.approvals.model;

import java.time.Instant;
import java.util.UUID;

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
 */
public record Approval(UUID id, ItemType type, String title, String subject, int version, String workingGroup,
		String submittedBy, Instant submittedAt, UUID rollId, String chair, int maxRounds, int round, Status status,
		Instant reviewDueAt, UUID ballotId, Decision decision, String decisionNote, Instant decidedAt) {

}
