package org.gavel.grievances.model;

import java.util.regex.Pattern;

import org.gavel.system.Outcome;

/**
 * What a complainant files, as they wrote it.
 *
 * @param name the complainant's name, or {@code null} to file anonymously
 * @param email an address for the case's mails, or {@code null} (then the complainant
 * follows the case with the token only)
 * @param confidential whether the complainant's identity is withheld from the respondent
 * and the public
 * @param affected on whose behalf it is filed
 * @param respondent the respondent: a member organisation's id, or {@link #SECRETARIAT}
 * @param category what it is about
 * @param whatHappened the allegation
 * @param where where it happened, or {@code null}
 * @param when when it happened, or {@code null}
 * @param exhaustion whether the member's own mechanism was tried
 * @param whyNotTried why not, or {@code null}
 * @param remedy the remedy the complainant proposes, or {@code null}
 * @param language the language the complaint is written in (an ISO 639-1 code)
 */
public record Complaint(String name, String email, boolean confidential, Affected affected, String respondent,
		GrievanceCategory category, String whatHappened, String where, String when, Exhaustion exhaustion,
		String whyNotTried, String remedy, String language) {

	/** The respondent value naming the platform's secretariat itself. */
	public static final String SECRETARIAT = "secretariat";

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	/**
	 * Checks what the form cannot: an address that is one.
	 * @return this, or the refusal by its field
	 */
	public Outcome<Complaint> check() {
		if (this.email != null && !EMAIL.matcher(this.email).matches()) {
			return Outcome.refused("email",
					"is not an e-mail address; leave it empty to be followed by the token only");
		}
		return Outcome.accepted(this);
	}

	/** Whether the complainant gave no name. */
	public boolean anonymous() {
		return this.name == null;
	}

	/**
	 * Whether the complainant's identity may be shown to the respondent and the public.
	 */
	public boolean identityWithheld() {
		return this.confidential || this.name == null;
	}

	/** Whether the respondent is the secretariat rather than a member. */
	public boolean againstSecretariat() {
		return SECRETARIAT.equals(this.respondent);
	}

	/**
	 * Whom the grievance is about, as the triage table and the sanction rules read it.
	 */
	public RespondentKind respondentKind() {
		return againstSecretariat() ? RespondentKind.SECRETARIAT : RespondentKind.MEMBER;
	}

}
