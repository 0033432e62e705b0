package org.gavel.attachments.model;

import java.util.Set;

/**
 * What a place that takes files accepts, e.g. an RFP's "proposal" attachment: PDF or
 * Word, up to 10 MB.
 *
 * @param label what the file is, for messages ("the budget")
 * @param mediaTypes the media types accepted, as detected from the content
 * @param maxBytes the largest file, in bytes
 */
public record AttachmentRule(String label, Set<String> mediaTypes, long maxBytes) {

	public AttachmentRule {
		mediaTypes = Set.copyOf(mediaTypes);
		if (maxBytes < 1) {
			throw new IllegalArgumentException("maxBytes must be 1 or more");
		}
	}

}
