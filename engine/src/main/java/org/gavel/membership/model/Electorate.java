package org.gavel.membership.model;

/**
 * Who votes in a ballot.
 */
public enum Electorate {

	/** One designated voter per ordinary member organisation in good standing. */
	GENERAL_ASSEMBLY,
	/** The holders of filled Executive Committee seats, one vote per seat. */
	EXECUTIVE_COMMITTEE,
	/**
	 * The members of one grievance's complaints panel, one vote each, when the panel has
	 * no consensus on its decision; taken from the panel, not drawn from the directory.
	 */
	GRIEVANCE_PANEL,
	/**
	 * An electorate defined in configuration ({@link ElectorateDefinition}); the roll
	 * names which.
	 */
	CONFIGURED;

	/**
	 * Whether the roll is drawn from the directory as a whole (and taken on the rolls
	 * page), rather than from the people a process names.
	 * @return whether it is
	 */
	public boolean drawn() {
		return this != GRIEVANCE_PANEL;
	}

	/**
	 * What identifies an entry when two rolls are compared: the organisation in the
	 * General Assembly (its voter may change), the seat holder in the Executive
	 * Committee; for a configured electorate, see {@link ElectoralRoll#keyOf}.
	 * @param entry a roll entry
	 * @return the comparison key
	 */
	public String keyOf(RollEntry entry) {
		return (this == GENERAL_ASSEMBLY) ? entry.organisationId() : entry.voter();
	}

}
