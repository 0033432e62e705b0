package org.gavel.approvals.model;

import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Role;

/**
 * Who may read an Executive Committee item and its record, and the terms of reference it
 * is about (docs/security.md, "Who may read what"): the Executive Committee, the
 * secretariat and whoever submitted it, always; every member once it is decided, except a
 * sanction: the suspension or termination of a member is read by the committee, the
 * secretariat and the complaints panel's member who submitted it, and the grievance's
 * parties and register say what the EC ruled.
 */
public final class ItemReaders {

	private ItemReaders() {
	}

	/**
	 * Whether every member reads an item once it is decided, and is mailed its decision.
	 * @param type the item's type
	 * @return false for a sanction
	 */
	public static boolean openedToMembersOnceDecided(ItemType type) {
		return type != ItemType.SANCTION;
	}

	/**
	 * Decides whether someone may read an item.
	 * @param type what kind of item
	 * @param status where the item stands, or {@code null} for a draft not yet submitted
	 * @param submittedBy who submitted or drafted it
	 * @param viewer who asks
	 * @return allowed, or refused with the reason
	 */
	public static Decision mayRead(ItemType type, Status status, String submittedBy, MemberContext viewer) {
		if (viewer.person().holds(Role.SECRETARIAT) || viewer.person().holds(Role.EC_MEMBER)
				|| viewer.person().username().equals(submittedBy)) {
			return Decision.allowed();
		}
		if ((status == Status.APPROVED || status == Status.REJECTED) && viewer.person().holds(Role.MEMBER)
				&& openedToMembersOnceDecided(type)) {
			return Decision.allowed();
		}
		return Decision.refused("Until the Executive Committee has decided, its items are read by the committee, the "
				+ "secretariat and the working group that submitted them.");
	}

}
