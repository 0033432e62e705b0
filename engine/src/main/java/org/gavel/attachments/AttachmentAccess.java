package org.gavel.attachments;

import org.gavel.attachments.model.Attachment;

/**
 * Who besides the uploader and the secretariat may read the files of one kind of record:
 * the owning feature implements it as a bean (for a proposal: the evaluators assigned to
 * it who declared no conflict).
 */
public interface AttachmentAccess {

	/**
	 * The kind of record this access decides for.
	 * @return e.g. {@code proposal}
	 */
	String kind();

	/**
	 * Whether somebody may read a file of this kind of record.
	 * @param owner the record
	 * @param username who asks
	 * @return {@code true} to let them
	 */
	boolean mayRead(Attachment.Owner owner, String username);

}
