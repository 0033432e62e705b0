package org.gavel.grants.web;

import java.util.ArrayList;
import java.util.List;

import org.gavel.attachments.model.Attachment;
import org.gavel.grants.model.RequiredAttachment;

/**
 * A proposal's required files as its page lists them: what the call asks, and what was
 * attached for it.
 *
 * @param required what the call asks, in order
 * @param attached per required file, the latest upload or {@code null}
 */
public record ProposalFilesView(List<RequiredAttachment> required, List<Attachment> attached) {

	public List<Slot> slots() {
		List<Slot> slots = new ArrayList<>();
		for (int i = 0; i < this.required.size(); i++) {
			slots.add(new Slot(i, this.required.get(i), this.attached.get(i)));
		}
		return slots;
	}

	/**
	 * One required file.
	 *
	 * @param index its place, from 0
	 * @param required what the call asks
	 * @param file the latest upload, or {@code null}
	 */
	public record Slot(int index, RequiredAttachment required, Attachment file) {

		public boolean attached() {
			return this.file != null;
		}

	}

}
