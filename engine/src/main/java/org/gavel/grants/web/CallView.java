package org.gavel.grants.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.gavel.grants.model.Call;
import org.gavel.grants.model.OrganisationType;
import org.gavel.grants.model.Rfp;
import org.gavel.system.Dates;

/**
 * A call as its pages show it: dates in the call's zone, and in the reader's beside them
 * when it differs; eligibility rules in words.
 *
 * @param call the RFP
 * @param viewer the reader's zone, or {@code null} when unknown
 */
public record CallView(Call call, ZoneId viewer) {

	public Rfp rfp() {
		return this.call.rfp();
	}

	/**
	 * A date of the call.
	 * @param instant the date
	 * @return e.g. "31 May 2027, 23:59 (Asia/Singapore)"
	 */
	public String at(Instant instant) {
		return Dates.at(instant, this.call.rfp().zone());
	}

	/**
	 * The same date where the reader is, when that is another zone.
	 * @param instant the date
	 * @return e.g. "31 May 2027, 17:59 (Europe/Paris)", or empty
	 */
	public String there(Instant instant) {
		return (this.viewer == null || this.viewer.normalized().equals(this.call.rfp().zone().normalized())) ? ""
				: Dates.at(instant, this.viewer);
	}

	public String panel() {
		return String.join(", ", this.call.rfp().panel().stream().sorted().toList());
	}

	public String countries() {
		return this.call.rfp().countries().isEmpty() ? "any country"
				: String.join(", ",
						this.call.rfp()
							.countries()
							.stream()
							.map((code) -> new Locale("", code).getDisplayCountry(Locale.ENGLISH))
							.sorted()
							.toList());
	}

	/**
	 * Who may apply, in words.
	 * @return e.g. "Member organisations of these kinds: Cooperative; Non-governmental
	 * organisation"
	 */
	public String whoMayApply() {
		List<String> labels = this.call.rfp()
			.organisationTypes()
			.stream()
			.map((type) -> OrganisationType.of(type).map(OrganisationType::label).orElse(type))
			.sorted()
			.toList();
		String who = this.call.rfp().membersOnly() ? "Member organisations" : "Any organisation";
		return labels.isEmpty() ? who + ", of any kind" : who + " of these kinds: " + String.join("; ", labels);
	}

	/**
	 * Whether proposals are still taken.
	 * @param now the present
	 * @return true while published and before the deadline
	 */
	public boolean openAt(Instant now) {
		return this.call.open().isAccepted() && now.isBefore(this.call.rfp().deadline());
	}

	public boolean questionsOpenAt(Instant now) {
		return this.call.askable(now).isAccepted();
	}

}
