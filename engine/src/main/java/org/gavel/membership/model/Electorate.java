package org.gavel.membership.model;

/**
 * Who votes in a ballot.
 */
public enum Electorate {

	/** One designated voter per ordinary member organisation in good standing. */
	GENERAL_ASSEMBLY,
	/** The holders of filled Executive Committee seats, one vote per seat. */
	EXECUTIVE_COMMITTEE;

	/**
	 * What identifies an entry when two rolls are compared: the organisation in the
	 * General Assembly (its voter may change), the seat holder in the Executive
	 * Committee.
	 * @param entry a roll entry
	 * @return the comparison key
	 */
	public String keyOf(RollEntry entry) {
		return (this == GENERAL_ASSEMBLY) ? entry.organisationId() : entry.voter();
	}

}
