package org.gavel.voting.model;

import java.util.List;

/**
 * One option's figures on a ballot between options: in each chamber, the ballots for it
 * (as {@link Counts#inFavour()}), for the other options (as {@link Counts#against()}),
 * abstentions and spoilt ballots, and its weighted share of the ballots for an option.
 *
 * @param number its number, from 1, in the ballot's order
 * @param label what it says
 * @param totals its figures over all chambers
 * @param chambers its figures per chamber, in the order of the result's chambers
 * @param met whether it met every condition of the rule set
 * @param chosen whether it is the option the ballot chose
 */
public record OptionFigures(int number, String label, ChamberFigures totals, List<ChamberFigures> chambers, boolean met,
		boolean chosen) {

	public OptionFigures {
		chambers = List.copyOf(chambers);
	}

}
