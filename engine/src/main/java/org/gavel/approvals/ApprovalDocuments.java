package org.gavel.approvals;

import java.util.Map;

/**
 * The documents an approval can be about, by subject prefix: what a revision form shows
 * first, and how a revision becomes the next version. A feature with documents of its own
 * (terms of reference) provides one.
 */
public interface ApprovalDocuments {

	/**
	 * Whether this handles a subject.
	 * @param subject e.g. {@code terms-of-reference:<id>}
	 * @return whether it is one of ours
	 */
	boolean handles(String subject);

	/**
	 * The current version's fields, to show in the revision form.
	 * @param subject the subject
	 * @return the values per form key
	 */
	Map<String, String> current(String subject);

	/**
	 * Stores a revision as the next version.
	 * @param subject the subject
	 * @param values the revision form's values
	 * @param by who revised it
	 * @return the new version's number
	 */
	int revise(String subject, Map<String, Object> values, String by);

}
