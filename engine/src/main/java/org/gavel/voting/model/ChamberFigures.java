package org.gavel.voting.model;

/**
 * A chamber's figures in a result.
 *
 * @param chamber the chamber
 * @param registered members on the roll
 * @param ballots ballots cast, by choice, all channels
 * @param presentNotVoting members present without a ballot
 * @param inFavour the weighted share for, of for and against, or {@code null} when nobody
 * voted for or against
 */
public record ChamberFigures(String chamber, int registered, Counts ballots, int presentNotVoting, Share inFavour) {

	/**
	 * Whether these are the room's figures counted as one
	 * ({@link VotingGroup#WHOLE_ROLL}): no roll of their own, their members on the roll
	 * in their chambers.
	 * @return whether they are
	 */
	public boolean roomAsOne() {
		return VotingGroup.WHOLE_ROLL.chamber().equals(this.chamber);
	}

}
