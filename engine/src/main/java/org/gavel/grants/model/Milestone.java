package org.gavel.grants.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.gavel.system.Outcome;

/**
 * A milestone of a grant's project: what is delivered by when, and the tranche paid once
 * its report is accepted.
 *
 * @param number its number, from 1
 * @param dueOn the report's due date
 * @param amount the tranche
 * @param deliverable what the report shows
 * @param status where it stands
 * @param overdueSince when it went overdue, or {@code null}
 * @param report the grantee's report, or {@code null}
 * @param reportedBy who reported, or {@code null}
 * @param reportedAt when, or {@code null}
 * @param reviewNote the secretariat's comments on the last report, or {@code null}
 * @param reviewedBy who reviewed it, or {@code null}
 * @param reviewedAt when, or {@code null}
 */
public record Milestone(int number, LocalDate dueOn, Money amount, String deliverable, Status status,
		Instant overdueSince, String report, String reportedBy, Instant reportedAt, String reviewNote,
		String reviewedBy, Instant reviewedAt) {

	/**
	 * A planned milestone, before any report.
	 * @param number its number
	 * @param dueOn its due date
	 * @param amount its tranche
	 * @param deliverable what it delivers
	 * @return the milestone
	 */
	public static Milestone planned(int number, LocalDate dueOn, Money amount, String deliverable) {
		return new Milestone(number, dueOn, amount, deliverable, Status.PLANNED, null, null, null, null, null, null,
				null);
	}

	public boolean overdue() {
		return this.overdueSince != null && this.status != Status.ACCEPTED;
	}

	/**
	 * Reads the milestones as the form has them, one per line: {@code due date | amount |
	 * deliverable}. The dates come after today, each after the one before; the tranches
	 * sum to the grant exactly.
	 * @param text the lines
	 * @param grant the awarded grant
	 * @param today the date today, in the call's zone
	 * @return the milestones, or the first problem by the field {@code milestones}
	 */
	public static Outcome<List<Milestone>> read(String text, Money grant, LocalDate today) {
		List<Milestone> milestones = new ArrayList<>();
		Money total = Money.zero(grant.currency());
		LocalDate previous = today;
		for (Line line : Line.of(text, 3)) {
			String at = line.at();
			String[] parts = line.parts();
			if (parts.length < 3 || parts[2].isBlank()) {
				return Outcome.refused("milestones", at
						+ "write the due date, the tranche and the deliverable, e.g. 2027-09-30 | 10000 | baseline survey");
			}
			LocalDate due;
			try {
				due = LocalDate.parse(parts[0].strip());
			}
			catch (DateTimeParseException ex) {
				return Outcome.refused("milestones", at + "'" + parts[0].strip() + "' is not a date (YYYY-MM-DD)");
			}
			if (!due.isAfter(previous)) {
				return Outcome.refused("milestones", at + "the due date must come after "
						+ (milestones.isEmpty() ? "today, " : "the milestone before, ") + previous);
			}
			Outcome<Money> amount = Money.of("milestones", parts[1].strip(), grant.currency().getCurrencyCode());
			String wrong = amount.fold((money) -> null, (refusal) -> refusal.fields().get("milestones"));
			if (wrong != null) {
				return Outcome.refused("milestones", at + wrong);
			}
			total = total.plus(amount.orElseThrow());
			previous = due;
			milestones.add(planned(milestones.size() + 1, due, amount.orElseThrow(), parts[2].strip()));
		}
		if (milestones.isEmpty()) {
			return Outcome.refused("milestones", "plan at least one milestone");
		}
		if (total.compareTo(grant) != 0) {
			return Outcome.refused("milestones",
					"the tranches sum to " + total + "; they must sum to the grant, " + grant);
		}
		return Outcome.accepted(milestones);
	}

	/** Where a milestone stands. */
	public enum Status {

		/** Its report is not in yet. */
		PLANNED("planned"),
		/** Its report is in, before the secretariat. */
		REPORTED("report under review"),
		/** The secretariat returned the report with comments. */
		RETURNED("report returned for changes"),
		/** The secretariat accepted the report: the tranche is due. */
		ACCEPTED("accepted");

		private final String label;

		Status(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

}
