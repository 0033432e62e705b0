package org.gavel.voting.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Elector;

/**
 * How many of a ballot's roll have voted so far, per chamber, as the ballot officers
 * follow it before the count: who voted is known to the ballot box, never how.
 *
 * @param chambers each chamber's figures, by name
 * @param voted how many voted in all
 * @param registered how many are on the roll
 */
public record Turnout(List<Chamber> chambers, int voted, int registered) {

	/**
	 * The turnout now.
	 * @param ballot the ballot
	 * @param voters the voters with a vote in the box (by themselves or by proxy)
	 * @return the figures
	 */
	public static Turnout of(Ballot ballot, Set<String> voters) {
		Map<String, int[]> byChamber = new TreeMap<>();
		for (Elector elector : ballot.roll().values()) {
			int[] figures = byChamber.computeIfAbsent(elector.chamber(), (chamber) -> new int[2]);
			figures[1]++;
			if (voters.contains(elector.id())) {
				figures[0]++;
			}
		}
		List<Chamber> chambers = byChamber.entrySet()
			.stream()
			.map((entry) -> new Chamber(entry.getKey(), entry.getValue()[0], entry.getValue()[1]))
			.toList();
		return new Turnout(chambers, chambers.stream().mapToInt(Chamber::voted).sum(),
				chambers.stream().mapToInt(Chamber::registered).sum());
	}

	/**
	 * One chamber's turnout.
	 *
	 * @param chamber the chamber
	 * @param voted how many of it voted
	 * @param registered how many of it are on the roll
	 */
	public record Chamber(String chamber, int voted, int registered) {

		/**
		 * The share that voted.
		 * @return e.g. "67 %"
		 */
		public String share() {
			return (this.registered == 0) ? "–" : Math.round(100.0 * this.voted / this.registered) + " %";
		}

	}

}
