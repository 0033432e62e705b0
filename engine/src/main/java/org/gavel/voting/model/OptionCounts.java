package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts of a ballot between options, seen once as cast and once for each option: in
 * option k's view a ballot for k is in favour, a ballot for any other option against;
 * abstentions and spoilt ballots are the same in every view.
 */
public final class OptionCounts {

	private OptionCounts() {
	}

	/**
	 * Sorts counted ballots into the views.
	 * @param options how many options the ballot has (0 for a motion: the view as cast
	 * alone)
	 * @param cast the counted ballots, gathered by group, channel and answer
	 * @return view 0 as cast (a ballot for any option in favour), then view k for each
	 * option k
	 */
	public static List<Map<VotingGroup, Map<Channel, Counts>>> views(int options, List<Cast> cast) {
		List<Map<VotingGroup, Map<Channel, Counts>>> views = new ArrayList<>();
		for (int view = 0; view <= options; view++) {
			views.add(new HashMap<>());
		}
		for (Cast ballots : cast) {
			Integer option = ballots.answer().option();
			if (option != null && option > options) {
				throw new IllegalArgumentException("a ballot for option " + option + " of " + options);
			}
			for (int view = 0; view <= options; view++) {
				Choice seen = (view == 0 || option == null) ? ballots.answer().choice()
						: (option == view) ? Choice.FOR : Choice.AGAINST;
				Counts one = Counts.of(seen);
				int n = ballots.count();
				Counts many = new Counts(one.inFavour() * n, one.against() * n, one.abstain() * n, one.spoilt() * n);
				views.get(view)
					.computeIfAbsent(ballots.group(), (g) -> new HashMap<>())
					.merge(ballots.channel(), many, Counts::plus);
			}
		}
		return views;
	}

	/**
	 * Ballots of one answer, cast in one group through one channel.
	 *
	 * @param group the voting group
	 * @param channel how they were cast
	 * @param answer what they say
	 * @param count how many
	 */
	public record Cast(VotingGroup group, Channel channel, Answer answer, int count) {

	}

}
