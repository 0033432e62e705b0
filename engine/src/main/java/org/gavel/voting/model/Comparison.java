package org.gavel.voting.model;

/**
 * How a share is compared with a threshold.
 */
public enum Comparison {

	GREATER_THAN(">"), AT_LEAST("≥");

	private final String symbol;

	Comparison(String symbol) {
		this.symbol = symbol;
	}

	public boolean holds(Share share, Share threshold) {
		int compared = share.compareTo(threshold);
		return (this == GREATER_THAN) ? compared > 0 : compared >= 0;
	}

	public String symbol() {
		return this.symbol;
	}

}
