package org.gavel.voting;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Check;
import org.gavel.voting.model.GroupCount;
import org.gavel.voting.model.Result;
import org.gavel.voting.model.Tally;
import org.gavel.voting.persistence.InRoomTallies;
import org.gavel.voting.persistence.Votes;

import org.springframework.stereotype.Service;

/**
 * Counts a ballot from its box, its room counts and its meeting's register, under its
 * frozen rule set: a motion with {@link Tally#count}, a ballot between options with
 * {@link Tally#countOptions}. The one place a result is computed, whether it is being
 * closed, read or exported.
 */
@Service
public class CountingBallot {

	private final Votes votes;

	private final InRoomTallies inRoom;

	private final HoldingMeetings meetings;

	CountingBallot(Votes votes, InRoomTallies inRoom, HoldingMeetings meetings) {
		this.votes = votes;
		this.inRoom = inRoom;
		this.meetings = meetings;
	}

	/**
	 * Counts a ballot, in the caller's transaction.
	 * @param ballot the ballot
	 * @return the result, explained
	 */
	public Result count(Ballot ballot) {
		List<Check> meetingQuorum = this.meetings.quorumOf(ballot);
		if (!ballot.betweenOptions()) {
			return Tally.count(ballot.rules(), this.votes.count(ballot, this.inRoom.latest(ballot.id())),
					Optional.empty(), meetingQuorum);
		}
		Map<Integer, List<GroupCount>> counted = this.votes.countOptions(ballot);
		return Tally.countOptions(ballot.rules(), ballot.options(), counted.get(0), counted, meetingQuorum);
	}

}
