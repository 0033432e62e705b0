package org.gavel.grants.model;

import java.util.Set;

/**
 * A file every proposal must include, e.g. the budget on the RFP's template.
 *
 * @param label what it is, e.g. "Budget (the RFP's .xlsx template)"
 * @param mediaTypes the accepted types, as detected from the content
 * @param maxBytes the largest accepted file
 */
public record RequiredAttachment(String label, Set<String> mediaTypes, long maxBytes) {

	public RequiredAttachment {
		mediaTypes = Set.copyOf(mediaTypes);
	}

}
