package org.gavel.resolutions.model;

/**
 * Where a resolution stands on its way from draft to result.
 */
public enum ResolutionStatus {

	DRAFT("draft: collecting co-sponsors"), SUBMITTED("submitted: in admissibility review"),
	RETURNED("returned for revision"), ADMITTED("admitted"), EC_POSITION("admitted: awaiting the EC's position"),
	PUBLISHED("published in the booklet: open for discussion"), VOTING("voting"), ADOPTED("adopted"),
	NOT_ADOPTED("not adopted"), INADMISSIBLE("rejected as inadmissible"), LATE("refused: missed the deadline");

	private final String label;

	ResolutionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** Whether the resolution has reached its end (adopted or not, or refused). */
	public boolean ended() {
		return this == ADOPTED || this == NOT_ADOPTED || this == INADMISSIBLE || this == LATE;
	}

	/**
	 * Whether the booklet must wait for this resolution's admissibility or EC position.
	 */
	public boolean undecided() {
		return this == SUBMITTED || this == RETURNED || this == EC_POSITION;
	}

	/** Whether it is in the booklet (published, voted or counted). */
	public boolean published() {
		return this == PUBLISHED || this == VOTING || this == ADOPTED || this == NOT_ADOPTED;
	}

}
