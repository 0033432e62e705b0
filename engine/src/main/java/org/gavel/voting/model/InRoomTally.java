package org.gavel.voting.model;

import java.util.Objects;

/**
 * An aggregated tally counted in the meeting room for one voting group and entered by the
 * secretariat. A correction is a later revision; the latest counts.
 *
 * @param group the voting group
 * @param revision 1 for the first entry, then one more per correction
 * @param ballots the ballots counted in the room, spoilt ones apart
 * @param presentNotVoting members present in the room who cast none
 * @param enteredBy who entered it
 */
public record InRoomTally(VotingGroup group, int revision, Counts ballots, int presentNotVoting,
		String enteredBy) implements ChainLink {

	public InRoomTally {
		Objects.requireNonNull(group, "group");
		Objects.requireNonNull(ballots, "ballots");
		if (revision < 1 || presentNotVoting < 0) {
			throw new IllegalArgumentException("revision from 1, present members not negative");
		}
	}

	/** Members this tally accounts for: ballots and those present without one. */
	public int members() {
		return this.ballots.all() + this.presentNotVoting;
	}

	@Override
	public String line() {
		return "in-room|" + this.revision + "|" + this.group.chamber() + "|" + nullToEmpty(this.group.subChamber())
				+ "|" + nullToEmpty(this.group.memberType()) + "|" + this.ballots.inFavour() + "|"
				+ this.ballots.against() + "|" + this.ballots.abstain() + "|" + this.presentNotVoting + "|"
				+ this.enteredBy + ((this.ballots.spoilt() > 0) ? "|spoilt=" + this.ballots.spoilt() : "");
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
