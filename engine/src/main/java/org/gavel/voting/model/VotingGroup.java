package org.gavel.voting.model;

import java.util.Objects;

/**
 * The smallest group a vote is weighted in: a chamber (category), and where the rule set
 * splits further, a sub-chamber and a member type. Fields the rule set does not split by
 * are {@code null}.
 *
 * @param chamber the chamber (category) id
 * @param subChamber the sub-chamber, or {@code null}
 * @param memberType {@code organisation}, {@code individual}, or {@code null}
 */
public record VotingGroup(String chamber, String subChamber, String memberType) {

	public VotingGroup {
		Objects.requireNonNull(chamber, "chamber");
	}

	/**
	 * The whole roll as one group: where an in-room tally is entered under a rule set
	 * that counts one member one vote over the whole ballot
	 * ({@link RuleSet#countsRoomWhole}).
	 */
	public static final VotingGroup WHOLE_ROLL = new VotingGroup("*", null, null);

	/**
	 * Whether this is {@link #WHOLE_ROLL}.
	 * @return whether it stands for the whole roll
	 */
	public boolean wholeRoll() {
		return WHOLE_ROLL.equals(this);
	}

	public static VotingGroup chamber(String chamber) {
		return new VotingGroup(chamber, null, null);
	}

	@Override
	public String toString() {
		if (wholeRoll()) {
			return "the whole roll";
		}
		return this.chamber + ((this.subChamber != null) ? "/" + this.subChamber : "")
				+ ((this.memberType != null) ? "/" + this.memberType : "");
	}

}
