package org.gavel.resolutions.model;

import java.util.Collection;

import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Role;

/**
 * Who may read a resolution (docs/security.md, "Who may read what"): once it is in the
 * booklet, every member; before that, its proposer, the members invited to co-sponsor it
 * and the secretariat, and the Executive Committee while it writes its position.
 */
public final class ResolutionReaders {

	private ResolutionReaders() {
	}

	/**
	 * Decides whether someone may read a resolution.
	 * @param resolution the resolution
	 * @param invited who was invited to co-sponsor it
	 * @param viewer who asks
	 * @return allowed, or refused with the reason
	 */
	public static Decision mayRead(Resolution resolution, Collection<String> invited, MemberContext viewer) {
		String who = viewer.person().username();
		if (viewer.person().holds(Role.SECRETARIAT) || who.equals(resolution.proposer()) || invited.contains(who)) {
			return Decision.allowed();
		}
		if (resolution.status().published()) {
			return viewer.person().holds(Role.MEMBER) || viewer.person().holds(Role.EC_MEMBER) ? Decision.allowed()
					: Decision.refused("Published resolutions are for members of the platform.");
		}
		if (resolution.status() == ResolutionStatus.EC_POSITION && viewer.person().holds(Role.EC_MEMBER)) {
			return Decision.allowed();
		}
		return Decision.refused("This resolution is not in the booklet: until it is, only its proposer, the members "
				+ "invited to co-sponsor it and the secretariat read it.");
	}

}
