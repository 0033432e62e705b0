package org.gavel.voting.model;

/**
 * How a share is compared with a threshold.
 */
public enum Comparison {

	GREATER_THAN("more than"), AT_LEAST("at least");

	private final String words;

	Comparison(String words) {
		this.words = words;
	}

	public boolean holds(Share share, Share threshold) {
		int compared = share.compareTo(threshold);
		return (this == GREATER_THAN) ? compared > 0 : compared >= 0;
	}

	/**
	 * The comparison as a person says it before a threshold.
	 * @return e.g. "more than"
	 */
	public String words() {
		return this.words;
	}

}
