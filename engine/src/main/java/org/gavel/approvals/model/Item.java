package org.gavel.approvals.model;

import org.gavel.system.Outcome;

/**
 * What is put before the Executive Committee, as its submitter describes it.
 *
 * @param type what kind of item
 * @param title its title, up to 300 characters
 * @param subject what it refers to, e.g. {@code terms-of-reference:<id>}
 * @param version the version of its document, from 1
 * @param workingGroup the submitting working group, or {@code null}
 * @param submittedBy who submits it (and revises it when returned)
 */
public record Item(ItemType type, String title, String subject, int version, String workingGroup, String submittedBy) {

	/**
	 * How many review rounds an item may have.
	 * @param requested the rounds its submitter asks for, or {@code null}
	 * @param otherwise the configured default
	 * @return the rounds, 1 or more, or the field at fault
	 */
	public static Outcome<Integer> rounds(Integer requested, int otherwise) {
		int rounds = (requested != null) ? requested : otherwise;
		return (rounds >= 1) ? Outcome.accepted(rounds) : Outcome.refused("maxRounds", "must be 1 or more");
	}

	/**
	 * Checks an item can be put before the EC.
	 * @return the item, its title stripped, or the field at fault
	 */
	public Outcome<Item> check() {
		if (this.type == null) {
			return Outcome.refused("itemType", "is required");
		}
		if (this.title == null || this.title.isBlank() || this.title.strip().length() > 300) {
			return Outcome.refused("title", "is required, up to 300 characters");
		}
		if (this.subject == null || this.subject.isBlank()) {
			return Outcome.refused("subject", "is required (what the item refers to)");
		}
		if (this.version < 1) {
			return Outcome.refused("version", "must be 1 or more");
		}
		return Outcome.accepted(new Item(this.type, this.title.strip(), this.subject, this.version, this.workingGroup,
				this.submittedBy));
	}

}
