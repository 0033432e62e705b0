package org.gavel.grants.model;

import java.util.List;
import java.util.Map;
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

	/**
	 * The accepted types as a person names them.
	 * @return e.g. [pdf, docx], in the order of {@link RfpForm#FILE_TYPES}
	 */
	public List<String> extensions() {
		return RfpForm.FILE_TYPES.entrySet()
			.stream()
			.filter((type) -> this.mediaTypes.contains(type.getValue()))
			.map(Map.Entry::getKey)
			.toList();
	}

	/**
	 * What an applicant reads beside the upload.
	 * @return e.g. "pdf or docx, up to 10 MB"
	 */
	public String shown() {
		return String.join(" or ", extensions()) + ", up to " + this.maxBytes / (1024 * 1024) + " MB";
	}

}
