package org.gavel.resolutions.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

import org.gavel.system.Dates;
import org.gavel.system.Outcome;

/**
 * The secretariat's admissibility review of a submitted resolution.
 *
 * @param decision admit, return for revision, or reject
 * @param comments the reasons (required to return or reject), or {@code null}
 * @param resubmitBy the last moment a returned resolution may come back, else
 * {@code null}
 */
public record AdmissibilityReview(Admissibility decision, String comments, Instant resubmitBy) {

	/**
	 * A review as the form {@code admissibility-review} submits it.
	 * @param decision the form's decision
	 * @param comments the comments
	 * @param resubmitBy the last day to resubmit, {@code yyyy-MM-dd} in the assembly's
	 * zone
	 * @param assembly the resolution's assembly
	 * @param now the time now
	 * @return the review, or the field at fault
	 */
	public static Outcome<AdmissibilityReview> of(String decision, String comments, String resubmitBy,
			Assembly assembly, Instant now) {
		Admissibility chosen = Admissibility.ofValue(decision).orElse(null);
		if (chosen == null) {
			return Outcome.refused("decision", "choose admit, return for revision or reject");
		}
		String why = (comments == null || comments.isBlank()) ? null : comments.strip();
		if (chosen != Admissibility.ADMIT && why == null) {
			return Outcome.refused("comments", "the proposer needs the reasons");
		}
		if (chosen != Admissibility.RETURN) {
			return Outcome.accepted(new AdmissibilityReview(chosen, why, null));
		}
		if (resubmitBy == null || resubmitBy.isBlank()) {
			return Outcome.refused("resubmitBy", "a returned resolution needs a resubmission deadline");
		}
		Instant due;
		try {
			due = LocalDate.parse(resubmitBy.strip())
				.plusDays(1)
				.atStartOfDay(assembly.zone())
				.toInstant()
				.minusSeconds(1);
		}
		catch (DateTimeException ex) {
			return Outcome.refused("resubmitBy", "'" + resubmitBy + "' is not a date");
		}
		if (!due.isAfter(now)) {
			return Outcome.refused("resubmitBy", "must be today or later");
		}
		if (!due.isBefore(assembly.votingOpensAt())) {
			return Outcome.refused("resubmitBy",
					"must be before voting opens (" + Dates.at(assembly.votingOpensAt(), assembly.zone()) + ")");
		}
		return Outcome.accepted(new AdmissibilityReview(chosen, why, due));
	}

	/**
	 * What the history notes.
	 * @return e.g. {@code return: the operative text is unclear}
	 */
	public String note() {
		return this.decision.value() + ((this.comments != null) ? ": " + this.comments : "");
	}

}
