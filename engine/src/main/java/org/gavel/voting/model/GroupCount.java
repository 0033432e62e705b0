package org.gavel.voting.model;

import java.util.Map;
import java.util.Objects;

/**
 * Everything the count needs to know about one voting group: how many are on the roll,
 * the ballots cast through each channel, and how many were present without casting one.
 *
 * @param group the group
 * @param registered how many of the roll are in the group
 * @param cast ballots by channel
 * @param presentNotVoting present (in the room) but cast no ballot
 */
public record GroupCount(VotingGroup group, int registered, Map<Channel, Counts> cast, int presentNotVoting) {

	public GroupCount {
		Objects.requireNonNull(group, "group");
		cast = Map.copyOf(cast);
		int ballots = cast.values().stream().mapToInt(Counts::all).sum();
		// the room counted as one (WHOLE_ROLL) has no members of its own: its ballots
		// were
		// checked against the whole roll when entered
		if (registered < 0 || presentNotVoting < 0 || (!group.wholeRoll() && ballots + presentNotVoting > registered)) {
			throw new IllegalArgumentException("group " + group + ": " + (ballots + presentNotVoting)
					+ " ballots and present members for " + registered + " on the roll");
		}
	}

	public static GroupCount of(VotingGroup group, int registered, Counts online) {
		return new GroupCount(group, registered, Map.of(Channel.ONLINE, online), 0);
	}

	public Counts total() {
		return this.cast.values().stream().reduce(Counts.NONE, Counts::plus);
	}

	public Counts through(Channel channel) {
		return this.cast.getOrDefault(channel, Counts.NONE);
	}

}
