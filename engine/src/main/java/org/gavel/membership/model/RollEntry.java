package org.gavel.membership.model;

/**
 * One voter on an electoral roll, with what the count needs to know about them, frozen as
 * it was when the roll was taken.
 *
 * @param voter the voter's username
 * @param voterName the voter's name
 * @param organisationId the organisation the vote is cast for
 * @param organisationName its name
 * @param category the category the vote counts in (for the Executive Committee: the
 * seat's category)
 * @param subChamber the sub-chamber, or {@code null}
 * @param memberType organisation or individual
 */
public record RollEntry(String voter, String voterName, String organisationId, String organisationName, String category,
		String subChamber, MemberType memberType) {

}
