package org.gavel.voting.model;

/**
 * How many ballots of each choice.
 *
 * @param inFavour FOR
 * @param against AGAINST
 * @param abstain ABSTAIN
 * @param spoilt SPOILT
 */
public record Counts(int inFavour, int against, int abstain, int spoilt) {

	public static final Counts NONE = new Counts(0, 0, 0, 0);

	public Counts {
		if (inFavour < 0 || against < 0 || abstain < 0 || spoilt < 0) {
			throw new IllegalArgumentException("counts cannot be negative");
		}
	}

	public static Counts of(Choice choice) {
		return switch (choice) {
			case FOR -> new Counts(1, 0, 0, 0);
			case AGAINST -> new Counts(0, 1, 0, 0);
			case ABSTAIN -> new Counts(0, 0, 1, 0);
			case SPOILT -> new Counts(0, 0, 0, 1);
		};
	}

	public Counts plus(Counts other) {
		return new Counts(this.inFavour + other.inFavour, this.against + other.against, this.abstain + other.abstain,
				this.spoilt + other.spoilt);
	}

	/** For, against and abstain: the ballots that express a choice. */
	public int valid() {
		return this.inFavour + this.against + this.abstain;
	}

	public int all() {
		return valid() + this.spoilt;
	}

}
