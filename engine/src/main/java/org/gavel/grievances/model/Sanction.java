package org.gavel.grievances.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The sanction a decision imposes on a member respondent. A warning is the panel's own;
 * suspension or termination of membership goes to the Executive Committee
 * ({@code EcApprovalProcess}) once the decision is final, and takes effect only when the
 * EC approves it.
 */
public enum Sanction {

	NONE("no sanction"), WARNING("a written warning"), SUSPENSION("suspension of membership"),
	TERMINATION("termination of membership");

	private final String label;

	Sanction(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The form's value, e.g. {@code suspension}. */
	public String value() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether the Executive Committee decides it.
	 * @return true for suspension and termination
	 */
	public boolean byExecutiveCommittee() {
		return this == SUSPENSION || this == TERMINATION;
	}

	/**
	 * The sanction as the parties and the register read it.
	 * @param ruling the EC's ruling on a suspension or termination referred to it, if it
	 * was referred
	 * @return e.g. "suspension of membership, approved by the Executive Committee"
	 */
	public String described(Optional<SanctionReferral.Ruling> ruling) {
		return this.label + ruling.map((r) -> ", " + r.label())
			.orElse(byExecutiveCommittee() ? ", for the Executive Committee once the decision is final" : "");
	}

	/**
	 * The sanction a form named; none when it named none.
	 * @param value the form's value, or {@code null} or blank for none
	 * @return the sanction, or empty for a value that names none
	 */
	static Optional<Sanction> of(String value) {
		if (value == null || value.isBlank()) {
			return Optional.of(NONE);
		}
		for (Sanction sanction : values()) {
			if (sanction.value().equals(value)) {
				return Optional.of(sanction);
			}
		}
		return Optional.empty();
	}

}
