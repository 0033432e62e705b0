package org.gavel.approvals.model;

import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Role;

/**
 * Who may read an Executive Committee item and its record, and the terms of reference it
 * is about (docs/security.md, "Who may read what"): the Executive Committee, the
 * secretariat and whoever submitted it, always; every member once it is decided.
 */
public final class ItemReaders {

	private ItemReaders() {
	}

	/**
	 * Decides whether someone may read an item.
	 * @param status where the item stands, or {@code null} for a draft not yet submitted
	 * @param submittedBy who submitted or drafted it
	 * @param viewer who asks
	 * @return allowed, or refused with the reason
	 */
	public static Decision mayRead(Status status, String submittedBy, MemberContext viewer) {
		if (viewer.person().holds(Role.SECRETARIAT) || viewer.person().holds(Role.EC_MEMBER)
				|| viewer.person().username().equals(submittedBy)) {
			return Decision.allowed();
		}
		if ((status == Status.APPROVED || status == Status.REJECTED) && viewer.person().holds(Role.MEMBER)) {
			return Decision.allowed();
		}
		return Decision.refused("Until the Executive Committee has decided, its items are read by the committee, the "
				+ "secretariat and the working group that submitted them.");
	}

}
