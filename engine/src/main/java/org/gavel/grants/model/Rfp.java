package org.gavel.grants.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A request for proposals as the EC approves it and applicants read it.
 *
 * @param title its title
 * @param scope background and scope
 * @param ceiling the budget for all grants together
 * @param largestGrant the largest single grant
 * @param countries where applicants may work, ISO 3166 codes; empty for anywhere
 * @param organisationTypes which kinds of organisation may apply; empty for any
 * @param membersOnly whether only member organisations may apply
 * @param criteria the weighted criteria proposals are scored on
 * @param questionsOpen when applicants may start asking questions
 * @param questionsClose when questions close
 * @param deadline when submissions close
 * @param zone the zone the RFP's dates are given in
 * @param attachments the files every proposal includes
 * @param panel the evaluators
 * @param evaluatorsPerProposal how many evaluators score each proposal
 * @param matchedFunding whether approved proposals are then offered to funding members
 */
public record Rfp(String title, String scope, Money ceiling, Money largestGrant, Set<String> countries,
		Set<String> organisationTypes, boolean membersOnly, Criteria criteria, Instant questionsOpen,
		Instant questionsClose, Instant deadline, ZoneId zone, List<RequiredAttachment> attachments, Set<String> panel,
		int evaluatorsPerProposal, boolean matchedFunding) {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	public Rfp {
		countries = Set.copyOf(countries);
		organisationTypes = Set.copyOf(organisationTypes);
		attachments = List.copyOf(attachments);
		panel = Set.copyOf(panel);
	}

	/**
	 * The deadline as applicants read it.
	 * @return e.g. "31 May 2027, 23:59 (Asia/Singapore)"
	 */
	public String deadlineShown() {
		return Dates.at(this.deadline, this.zone);
	}

	/**
	 * An RFP as a working-group chair fills in its form: text as typed, dates as local
	 * date-times ({@code 2027-05-31T23:59}) in the RFP's zone.
	 *
	 * @param title its title, up to 300 characters
	 * @param scope background and scope
	 * @param currency ISO 4217 code of both amounts
	 * @param ceiling the budget ceiling
	 * @param largestGrant the largest single grant
	 * @param countries ISO 3166 codes, comma-separated; blank for anywhere
	 * @param organisationTypes kinds of organisation, comma-separated; blank for any
	 * @param membersOnly members only
	 * @param criteria the weighted criteria
	 * @param questionsOpen when questions open
	 * @param questionsClose when questions close
	 * @param deadline the submission deadline
	 * @param zone the zone of the dates
	 * @param attachments the required files
	 * @param panel the evaluators' usernames
	 * @param evaluatorsPerProposal how many score each proposal
	 * @param matchedFunding whether funding is matched after approval
	 */
	public record Draft(String title, String scope, String currency, String ceiling, String largestGrant,
			String countries, String organisationTypes, boolean membersOnly, List<Criterion> criteria,
			String questionsOpen, String questionsClose, String deadline, String zone,
			List<RequiredAttachment> attachments, Set<String> panel, int evaluatorsPerProposal,
			boolean matchedFunding) {

		/**
		 * Checks every field.
		 * @param now the present
		 * @return the RFP, or every problem by its field
		 */
		public Outcome<Rfp> check(Instant now) {
			Map<String, String> problems = new LinkedHashMap<>();
			if (this.title == null || this.title.isBlank() || this.title.strip().length() > 300) {
				problems.put("title", "is required, up to 300 characters");
			}
			if (this.scope == null || this.scope.isBlank()) {
				problems.put("scope", "is required: what the call is for and what it funds");
			}
			Money ceilingMoney = take(Money.of("ceiling", this.ceiling, this.currency), problems);
			Money largest = take(Money.of("largestGrant", this.largestGrant, this.currency), problems);
			if (ceilingMoney != null && ceilingMoney.amount().signum() == 0) {
				problems.put("ceiling", "must be more than 0");
			}
			if (ceilingMoney != null && largest != null && largest.exceeds(ceilingMoney)) {
				problems.put("largestGrant",
						"the largest grant (" + largest + ") is above the ceiling (" + ceilingMoney + ")");
			}
			Set<String> countryCodes = list(this.countries, true);
			for (String country : countryCodes) {
				if (!COUNTRIES.contains(country)) {
					problems.put("countries", "'" + country + "' is not an ISO 3166 country code (e.g. ID, TH, CI)");
				}
			}
			Set<String> types = list(this.organisationTypes, false);
			for (String type : types) {
				if (OrganisationType.of(type).isEmpty()) {
					problems.put("organisationTypes", "'" + type + "' is not a kind of organisation; use " + String
						.join(", ", Arrays.stream(OrganisationType.values()).map(OrganisationType::value).toList()));
				}
			}
			Criteria checked = take(Criteria.of(this.criteria), problems);
			ZoneId zoneId = null;
			try {
				zoneId = ZoneId.of(this.zone == null ? "" : this.zone.strip());
			}
			catch (DateTimeException ex) {
				problems.put("zone", "'" + this.zone + "' is not a time zone (e.g. Asia/Singapore)");
			}
			Instant opens = (zoneId != null) ? instant("questionsOpen", this.questionsOpen, zoneId, problems) : null;
			Instant closes = (zoneId != null) ? instant("questionsClose", this.questionsClose, zoneId, problems) : null;
			Instant due = (zoneId != null) ? instant("deadline", this.deadline, zoneId, problems) : null;
			if (due != null && !due.isAfter(now)) {
				problems.put("deadline", "must be in the future; it is now " + Dates.at(now, zoneId));
			}
			if (opens != null && closes != null && !closes.isAfter(opens)) {
				problems.put("questionsClose", "must be after questions open");
			}
			if (closes != null && due != null && closes.isAfter(due)) {
				problems.put("questionsClose", "must be no later than the deadline (" + Dates.at(due, zoneId) + ")");
			}
			if (this.panel == null || this.panel.isEmpty()) {
				problems.put("panel", "name at least one evaluator");
			}
			else if (this.evaluatorsPerProposal < 1 || this.evaluatorsPerProposal > this.panel.size()) {
				problems.put("evaluatorsPerProposal", "must be from 1 to the panel's " + this.panel.size());
			}
			if (!problems.isEmpty()) {
				return Outcome.refused(Refusal.ofFields(problems));
			}
			return Outcome.accepted(new Rfp(this.title.strip(), this.scope.strip(), ceilingMoney, largest, countryCodes,
					types, this.membersOnly, checked, opens, closes, due, zoneId, this.attachments, this.panel,
					this.evaluatorsPerProposal, this.matchedFunding));
		}

		private static <T> T take(Outcome<T> outcome, Map<String, String> problems) {
			return outcome.fold((value) -> value, (refusal) -> {
				if (refusal.fields().isEmpty()) {
					problems.put((refusal.field() != null) ? refusal.field() : "rfp", refusal.reason());
				}
				else {
					problems.putAll(refusal.fields());
				}
				return null;
			});
		}

		private static Instant instant(String field, String text, ZoneId zone, Map<String, String> problems) {
			try {
				return LocalDateTime.parse(text == null ? "" : text.strip()).atZone(zone).toInstant();
			}
			catch (DateTimeParseException ex) {
				problems.put(field, "'" + text + "' is not a date and time (e.g. 2027-05-31T23:59)");
				return null;
			}
		}

		private static Set<String> list(String text, boolean upper) {
			Set<String> items = new LinkedHashSet<>();
			if (text != null) {
				Arrays.stream(text.split(","))
					.map(String::strip)
					.filter((item) -> !item.isEmpty())
					.map((item) -> upper ? item.toUpperCase(Locale.ROOT) : item)
					.forEach(items::add);
			}
			return items;
		}

	}

}
