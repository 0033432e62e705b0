package org.gavel.grants;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.gavel.attachments.ReadingAttachments;
import org.gavel.attachments.StoringAttachment;
import org.gavel.attachments.model.Attachment;
import org.gavel.attachments.model.AttachmentRule;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RequiredAttachment;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Calls;
import org.gavel.system.Outcome;
import org.gavel.system.RefusalsRollBack;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The templates an RFP offers for its required files (a proposal form, a budget sheet):
 * its chair or the secretariat uploads one per required file while the RFP is before the
 * EC (owner {@code rfp-template:<rfp id>/<slot>}, the latest upload counting), under the
 * file's own rule; once published, the call changes only by addenda. Anyone downloads
 * them from a published call's page; before that, those who read the RFP (its chair, the
 * secretariat, the EC seats). Through {@code /attachments/<id>}, as any file, only the
 * uploader and the secretariat read them.
 */
@Service
public class OfferingTemplates {

	static final String KIND = "rfp-template";

	private final Calls calls;

	private final ReadingCalls reading;

	private final StoringAttachment storing;

	private final ReadingAttachments attachments;

	private final TransactionTemplate transactions;

	OfferingTemplates(Calls calls, ReadingCalls reading, StoringAttachment storing, ReadingAttachments attachments,
			TransactionTemplate transactions) {
		this.calls = calls;
		this.reading = reading;
		this.storing = storing;
		this.attachments = attachments;
		this.transactions = transactions;
	}

	/**
	 * Stores a template, replacing the one offered before for the same file.
	 * @param offer which RFP, which required file, the file, who
	 * @return the stored file, or why not (by the field {@code file}; nothing stored)
	 */
	public Outcome<Attachment> offer(Offer offer) {
		return RefusalsRollBack.in(this.transactions, () -> this.calls.found(offer.rfp()).then((found) -> {
			this.calls.lock(found.id());
			Call call = this.calls.find(found.id()).orElseThrow();
			return this.reading.managedBy(call, offer.by());
		}).then((call) -> {
			if (call.status() != RfpStatus.BEFORE_EC) {
				return Outcome.refused("file", call.reference() + " is " + call.status().label()
						+ "; templates are offered while it is before the Executive Committee, and change after by an addendum.");
			}
			List<RequiredAttachment> required = call.rfp().attachments();
			if (offer.slot() < 0 || offer.slot() >= required.size()) {
				return Outcome.refused("file", "The call asks for no such file.");
			}
			RequiredAttachment file = required.get(offer.slot());
			return this.storing
				.store(new StoringAttachment.Upload(owner(call, offer.slot()), offer.fileName(), offer.content(),
						offer.by(),
						new AttachmentRule("Template: " + file.label(), file.mediaTypes(), file.maxBytes())))
				.ifAccepted((stored) -> GrantLog.TEMPLATE_OFFERED.log(call.reference(), offer.slot(), stored.id(),
						stored.size(), offer.by()));
		}));
	}

	/**
	 * Each required file of a call with its template, if one is offered.
	 * @param call the RFP
	 * @return one entry per required file, in the call's order
	 */
	public List<Slot> slots(Call call) {
		List<Slot> slots = new ArrayList<>();
		List<RequiredAttachment> required = call.rfp().attachments();
		for (int slot = 0; slot < required.size(); slot++) {
			slots.add(new Slot(slot, required.get(slot), latest(call, slot).orElse(null)));
		}
		return slots;
	}

	/**
	 * A template to download.
	 * @param rfp the RFP
	 * @param slot which required file
	 * @param username who asks, or {@code null} when not signed in
	 * @return the template, or empty when there is none or the call is not theirs to read
	 */
	public Optional<ReadingAttachments.Download> download(Reference rfp, int slot, String username) {
		return this.calls.find(rfp)
			.filter((call) -> mayRead(call, username))
			.flatMap((call) -> latest(call, slot)
				.flatMap((file) -> this.attachments.content(owner(call, slot), file.id())));
	}

	private boolean mayRead(Call call, String username) {
		return call.isPublic() || (username != null
				&& (this.reading.managedBy(call, username).isAccepted() || this.reading.holdsEcSeat(username)));
	}

	private Optional<Attachment> latest(Call call, int slot) {
		List<Attachment> offered = this.attachments.all(owner(call, slot));
		return offered.isEmpty() ? Optional.empty() : Optional.of(offered.get(offered.size() - 1));
	}

	private static Attachment.Owner owner(Call call, int slot) {
		return new Attachment.Owner(KIND, call.id() + "/" + slot);
	}

	/**
	 * A template to offer.
	 *
	 * @param rfp the RFP
	 * @param slot which of its required files, from 0
	 * @param fileName the name it came with
	 * @param content its bytes
	 * @param by the signed-in chair or secretariat
	 */
	public record Offer(Reference rfp, int slot, String fileName, byte[] content, String by) {

	}

	/**
	 * A required file with its template.
	 *
	 * @param slot its place in the call, from 0
	 * @param required what the call asks for
	 * @param template the template offered, or {@code null}
	 */
	public record Slot(int slot, RequiredAttachment required, Attachment template) {

		/**
		 * Whether a template is offered.
		 * @return whether {@link #template()} is set
		 */
		public boolean offered() {
			return this.template != null;
		}

	}

}
