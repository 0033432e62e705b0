package org.gavel.grievances.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.gavel.system.Outcome;

/**
 * What the respondent sees of one piece of evidence, as the secretariat decides it:
 * nothing, the file as it is, or a copy the secretariat redacted. Until it decides, a
 * complainant whose identity is withheld (confidential or anonymous) has their evidence
 * withheld, since evidence can reveal who filed it; anyone else's is shared as is.
 */
public enum EvidenceSharing {

	WITHHELD("withheld from the respondent"), SHARED("shared with the respondent as is"),
	REDACTED("shared with the respondent as a redacted copy");

	private final String label;

	EvidenceSharing(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The form's value, e.g. {@code redacted}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * What the respondent sees of a piece of evidence before the secretariat decides.
	 * @param complaint the case's complaint
	 * @return withheld when the complainant's identity is withheld, else shared
	 */
	public static EvidenceSharing byDefault(Complaint complaint) {
		return complaint.identityWithheld() ? WITHHELD : SHARED;
	}

	/**
	 * Reads the secretariat's choice.
	 * @param choice the form's value
	 * @param copyGiven whether a redacted copy was uploaded with it
	 * @param copyKept whether the item has a redacted copy already
	 * @return the choice, or the refusal by its field ({@code sharing} or {@code copy})
	 */
	public static Outcome<EvidenceSharing> read(String choice, boolean copyGiven, boolean copyKept) {
		Optional<EvidenceSharing> chosen = Arrays.stream(values()).filter((s) -> s.value().equals(choice)).findFirst();
		if (chosen.isEmpty()) {
			return Outcome.refused("sharing", "choose withheld, shared as is, or shared as a redacted copy");
		}
		if (chosen.get() == REDACTED && !copyGiven && !copyKept) {
			return Outcome.refused("copy", "upload the redacted copy the respondent is to see");
		}
		if (chosen.get() != REDACTED && copyGiven) {
			return Outcome.refused("copy", "a redacted copy goes with \"shared as a redacted copy\" only");
		}
		return Outcome.accepted(chosen.get());
	}

	/**
	 * The secretariat's decision on one piece of evidence.
	 *
	 * @param sharing what the respondent sees
	 * @param copy the redacted copy (an attachment), when shared redacted
	 * @param by who decided
	 * @param at when
	 */
	public record Decision(EvidenceSharing sharing, Optional<UUID> copy, String by, Instant at) {

	}

}
