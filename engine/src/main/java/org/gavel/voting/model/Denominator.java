package org.gavel.voting.model;

/**
 * What a share in favour is a share of.
 */
public enum Denominator {

	/** For and against: abstentions and spoilt ballots left out (FSC, RSPO). */
	FOR_PLUS_AGAINST("of for and against"),
	/** Valid ballots: for, against and abstain. */
	VALID_VOTES("of valid ballots"),
	/** Everyone present, voting or not. */
	PRESENT("of those present"),
	/** Everyone on the roll, in good standing (FSC Canada's absolute majority). */
	REGISTERED("of all members in good standing");

	private final String words;

	Denominator(String words) {
		this.words = words;
	}

	public String words() {
		return this.words;
	}

}
