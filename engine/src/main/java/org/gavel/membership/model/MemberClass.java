package org.gavel.membership.model;

/**
 * Whether an organisation's membership carries a vote.
 */
public enum MemberClass {

	/** Full member: votes, submits and co-sponsors resolutions. */
	ORDINARY,
	/** Takes part and speaks, but has no vote. */
	AFFILIATE

}
