package org.gavel.grievances.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * What the complaints panel decided: its finding, the decision as published on the
 * register, the corrective actions the respondent owes with their due dates, and whether
 * the register withholds the respondent's name, and the sanction it imposes on a member
 * respondent.
 *
 * @param finding upheld, partly upheld or not upheld
 * @param summary the decision as published; never names the complainant
 * @param actions the corrective actions, in order (none when not upheld)
 * @param sanction the sanction; suspension and termination need the EC's approval
 * @param withholdRespondent whether the public register leaves the respondent unnamed
 */
public record PanelDecision(Finding finding, String summary, List<CorrectiveAction> actions, Sanction sanction,
		boolean withholdRespondent) {

	private static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\S.*)");

	public PanelDecision {
		actions = List.copyOf(actions);
	}

	/**
	 * Reads the panel's decision as its form gave it, or refuses by field.
	 * @param finding {@code upheld}, {@code partly-upheld} or {@code not-upheld}
	 * @param summary the decision to publish
	 * @param actions one corrective action a line, each starting with its due date
	 * ({@code 2027-03-31 Publish a time-bound remediation plan})
	 * @param sanction {@code none} (or blank), {@code warning}, {@code suspension} or
	 * {@code termination}
	 * @param respondent whom the grievance is about: the secretariat is no member and is
	 * not sanctioned
	 * @param withholdRespondent whether the register leaves the respondent unnamed
	 * @param today the day of the decision, in the secretariat's zone: due dates are
	 * after it
	 * @return the decision, or the refusal by its field
	 */
	public static Outcome<PanelDecision> read(String finding, String summary, String actions, String sanction,
			RespondentKind respondent, boolean withholdRespondent, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<Finding> found = Finding.of(finding);
		if (found.isEmpty()) {
			problems.put("finding", "choose upheld, partly upheld or not upheld");
		}
		String published = (summary == null) ? "" : summary.strip();
		if (published.isEmpty()) {
			problems.put("summary", "is required: it is published on the register");
		}
		List<CorrectiveAction> read = new ArrayList<>();
		List<String> faults = new ArrayList<>();
		String[] lines = ((actions == null) ? "" : actions).split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches()) {
				faults.add("line " + (i + 1) + " does not start with a due date (2027-03-31 What is to be done)");
				continue;
			}
			try {
				LocalDate due = LocalDate.parse(matcher.group(1));
				if (!due.isAfter(today)) {
					faults.add("line " + (i + 1) + " is due on " + due + ", not after today (" + today + ")");
				}
				else {
					read.add(new CorrectiveAction(matcher.group(2).strip(), due));
				}
			}
			catch (DateTimeParseException ex) {
				faults.add("line " + (i + 1) + " has no such date: " + matcher.group(1));
			}
		}
		if (!faults.isEmpty()) {
			problems.put("correctiveActions", String.join("; ", faults));
		}
		else if (found.filter(Finding.NOT_UPHELD::equals).isPresent() && !read.isEmpty()) {
			problems.put("correctiveActions", "a grievance not upheld calls for no corrective action");
		}
		Optional<Sanction> imposed = Sanction.of(sanction);
		if (imposed.isEmpty()) {
			problems.put("sanction", "choose none, a written warning, suspension or termination of membership");
		}
		else if (imposed.get() != Sanction.NONE) {
			if (found.filter(Finding.NOT_UPHELD::equals).isPresent()) {
				problems.put("sanction", "a grievance not upheld calls for no sanction");
			}
			else if (respondent == RespondentKind.SECRETARIAT) {
				problems.put("sanction", "the secretariat is not a member: only a member respondent is sanctioned");
			}
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		return Outcome.accepted(
				new PanelDecision(found.orElseThrow(), published, read, imposed.orElseThrow(), withholdRespondent));
	}

	/**
	 * When the corrective actions are overdue: at the end of the latest one's due day.
	 * @param zone the secretariat's zone
	 * @return the instant, or empty when the decision calls for none
	 */
	public Optional<Instant> actionsDueAt(ZoneId zone) {
		return this.actions.stream()
			.map(CorrectiveAction::dueBy)
			.max(Comparator.naturalOrder())
			.map((last) -> last.plusDays(1).atStartOfDay(zone).toInstant());
	}

	/** The panel's finding on the grievance. */
	public enum Finding {

		UPHELD("upheld"), PARTLY_UPHELD("partly upheld"), NOT_UPHELD("not upheld");

		private final String label;

		Finding(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		/** The form's value, e.g. {@code partly-upheld}. */
		public String value() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		static Optional<Finding> of(String value) {
			for (Finding finding : values()) {
				if (finding.value().equals(value)) {
					return Optional.of(finding);
				}
			}
			return Optional.empty();
		}

	}

	/**
	 * An action the respondent is to take, by a day.
	 *
	 * @param action what is to be done
	 * @param dueBy by when, in the secretariat's calendar
	 */
	public record CorrectiveAction(String action, LocalDate dueBy) {

	}

}
