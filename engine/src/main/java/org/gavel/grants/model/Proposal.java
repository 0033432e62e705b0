package org.gavel.grants.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A proposal as stored, and its checks against its RFP, each with the figures a person
 * needs to put it right.
 *
 * @param id its id
 * @param reference e.g. {@code RFP-2027-03-P007}
 * @param rfpId the RFP it answers
 * @param applicant who started it
 * @param memberOrganisation the applicant's member organisation, or {@code null}
 * @param status where it stands
 * @param application what it says
 * @param startedAt when the draft was started
 * @param submittedAt when it was submitted, or {@code null}
 * @param eligibilityReason the eligibility table's reason, or {@code null} before
 * screening
 * @param screeningNote the secretariat's reason for confirming or overriding the table,
 * or {@code null}
 * @param screenedBy who of the secretariat reviewed the screening, or {@code null}
 */
public record Proposal(UUID id, Reference reference, UUID rfpId, String applicant, String memberOrganisation,
		ProposalStatus status, Application application, Instant startedAt, Instant submittedAt,
		String eligibilityReason, String screeningNote, String screenedBy) {

	/**
	 * Whether its applicant may still change it.
	 * @return refused unless it is a draft
	 */
	public Outcome<Proposal> editable() {
		return (this.status == ProposalStatus.DRAFT) ? Outcome.accepted(this) : Outcome
			.refused("Proposal " + this.reference + " is " + this.status.label() + "; it can no longer be changed.");
	}

	/**
	 * Whether a proposal may still be submitted (or withdrawn): until the deadline.
	 * @param rfp the RFP
	 * @param now the present
	 * @param viewer the applicant's own zone, shown beside the RFP's
	 * @return accepted before the deadline; after it, refused with the deadline in the
	 * RFP's zone and the applicant's
	 */
	public static Outcome<Rfp> inTime(Rfp rfp, Instant now, ZoneId viewer) {
		if (now.isBefore(rfp.deadline())) {
			return Outcome.accepted(rfp);
		}
		String yours = viewer.equals(rfp.zone()) ? "" : "; " + Dates.at(rfp.deadline(), viewer) + " where you are";
		return Outcome.refused("The deadline has passed: proposals closed at " + rfp.deadlineShown() + yours
				+ ". Late proposals are not accepted.");
	}

	/**
	 * Checks the amount a proposal requests.
	 * @param rfp the RFP
	 * @param requested the amount, in the RFP's currency
	 * @return the amount, or the refusal by the field {@code requestedAmount}
	 */
	public static Outcome<Money> requesting(Rfp rfp, Outcome<Money> requested) {
		return requested.then((amount) -> {
			if (!amount.currency().equals(rfp.ceiling().currency())) {
				return Outcome.refused("requestedAmount",
						"must be in " + rfp.ceiling().currency().getCurrencyCode() + ", the RFP's currency");
			}
			if (amount.amount().signum() == 0) {
				return Outcome.refused("requestedAmount", "must be more than 0");
			}
			if (amount.exceeds(rfp.largestGrant())) {
				return Outcome.refused("requestedAmount",
						amount + " is above the largest grant of this call, " + rfp.largestGrant());
			}
			return Outcome.accepted(amount);
		});
	}

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	/**
	 * Checks what an applicant wrote in the proposal form against the RFP.
	 * @param rfp the RFP
	 * @param values the proposal form's checked values
	 * @return the application, or each problem by its field
	 */
	public static Outcome<Application> application(Rfp rfp, Map<String, Object> values) {
		Map<String, String> problems = new LinkedHashMap<>();
		String country = text(values, "country").toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(country)) {
			problems.put("country",
					"'" + text(values, "country") + "' is not an ISO 3166 country code (e.g. ID, TH, CI)");
		}
		OrganisationType type = OrganisationType.of(text(values, "organisationType")).orElse(null);
		if (type == null) {
			problems.put("organisationType", "choose the kind of organisation");
		}
		Money requested = requesting(rfp, Money.of("requestedAmount", text(values, "requestedAmount"),
				rfp.ceiling().currency().getCurrencyCode()))
			.fold((amount) -> amount, (refusal) -> {
				problems.put("requestedAmount", refusal.reason());
				return null;
			});
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		return Outcome.accepted(new Application(text(values, "title"), text(values, "organisation"), type, country,
				text(values, "contactName"), text(values, "contactEmail"), text(values, "summary"),
				text(values, "approach"), requested));
	}

	private static String text(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return (value != null) ? value.toString().strip() : "";
	}

	/**
	 * A proposal's content as its applicant wrote it.
	 *
	 * @param title its title
	 * @param organisation the applying organisation's name
	 * @param organisationType its kind
	 * @param country where the work is done, ISO 3166
	 * @param contactName who to contact
	 * @param contactEmail their address
	 * @param summary what it will do, in brief
	 * @param approach how it meets the RFP's criteria
	 * @param requested the amount requested, in the RFP's currency
	 */
	public record Application(String title, String organisation, OrganisationType organisationType, String country,
			String contactName, String contactEmail, String summary, String approach, Money requested) {

	}

}
