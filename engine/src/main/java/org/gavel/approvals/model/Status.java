package org.gavel.approvals.model;

/**
 * Where an approval stands.
 */
public enum Status {

	IN_REVIEW("under EC review"), IN_VOTE("in a seat vote"), AWAITING_CHAIR("awaiting the chair"),
	RETURNED("returned for revision"), APPROVED("approved"), REJECTED("rejected");

	private final String label;

	Status(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public boolean decided() {
		return this == APPROVED || this == REJECTED;
	}

}
