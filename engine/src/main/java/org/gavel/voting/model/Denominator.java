package org.gavel.voting.model;

/**
 * What a share in favour is a share of.
 */
public enum Denominator {

	/** For and against: abstentions and spoilt ballots left out (FSC, RSPO). */
	FOR_PLUS_AGAINST("votes for and against"),
	/** Valid ballots: for, against and abstain. */
	VALID_VOTES("every valid ballot"),
	/** Everyone present, voting or not. */
	PRESENT("everyone present"),
	/** Everyone on the roll, in good standing (FSC Canada's absolute majority). */
	REGISTERED("every member in good standing");

	private final String words;

	Denominator(String words) {
		this.words = words;
	}

	/**
	 * What is counted, as a person says it after "counting".
	 * @return e.g. "votes for and against"
	 */
	public String words() {
		return this.words;
	}

}
