package org.gavel.approvals;

import java.util.Optional;

/**
 * Where the EC reads what an item is about, by its subject: each feature that puts items
 * before the EC says where its subjects are shown (terms of reference, a grievance's
 * decision). The item's page links there.
 */
public interface ItemSubjects {

	/**
	 * The page an item's subject is read on.
	 * @param subject e.g. {@code terms-of-reference:<id>} or
	 * {@code grievance:GR-2027-0007}
	 * @return the link, or empty when the subject is not this feature's
	 */
	Optional<Link> link(String subject);

	/**
	 * A link to a subject.
	 * @param term what the link is, e.g. "Document"
	 * @param href where
	 * @param text what the link says
	 */
	/**
	 * Where the submitter revises an item returned for revision, when its document has
	 * its own revision page (its whole form, not only a change note).
	 * @param subject the item's subject
	 * @return the page's path, or empty for the EC page's own revision form
	 */
	default Optional<String> revisedAt(String subject) {
		return Optional.empty();
	}

	record Link(String term, String href, String text) {

	}

}
