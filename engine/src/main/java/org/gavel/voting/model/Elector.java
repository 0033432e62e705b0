package org.gavel.voting.model;

/**
 * One voter of a frozen roll, as the count sees them.
 *
 * @param id the voter (or, in a secret ballot, an opaque id)
 * @param chamber the chamber
 * @param subChamber the sub-chamber, or {@code null}
 * @param memberType {@code organisation}, {@code individual}, or {@code null}
 * @param place the organisation whose place on the roll this is, when the place belongs
 * to the organisation rather than the person (a General Assembly: its designated voter
 * casts it, whoever that is by the time of voting); {@code null} when it is the person's
 * (an EC seat)
 */
public record Elector(String id, String chamber, String subChamber, String memberType, String place) {

	/**
	 * A personal place on a roll.
	 * @param id the voter
	 * @param chamber the chamber
	 * @param subChamber the sub-chamber, or {@code null}
	 * @param memberType the member type, or {@code null}
	 */
	public Elector(String id, String chamber, String subChamber, String memberType) {
		this(id, chamber, subChamber, memberType, null);
	}

}
