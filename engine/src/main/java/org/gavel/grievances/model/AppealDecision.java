package org.gavel.grievances.model;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * What the appeal panel decided: the first decision confirmed, or overturned and replaced
 * by the appeal panel's own, with the reasons either way. The decision in force is final.
 *
 * @param result confirmed or overturned
 * @param reasons why, as published with the final decision
 * @param replacement the appeal panel's decision when it overturned the first, else empty
 */
public record AppealDecision(Result result, String reasons, Optional<PanelDecision> replacement) {

	/**
	 * Reads the appeal panel's decision as its form gave it, or refuses by field. The
	 * fields of a replacing decision are read only when the first is overturned.
	 * @param result {@code confirmed} or {@code overturned}
	 * @param reasons why
	 * @param finding the replacing decision's finding
	 * @param summary the replacing decision, to publish
	 * @param actions the replacing decision's corrective actions, a line each starting
	 * with its due date
	 * @param sanction the replacing decision's sanction
	 * @param respondent whom the grievance is about
	 * @param withholdRespondent whether the register leaves the respondent unnamed
	 * @param today the day of the decision in the secretariat's zone
	 * @return the decision, or the refusal by its field
	 */
	public static Outcome<AppealDecision> read(String result, String reasons, String finding, String summary,
			String actions, String sanction, RespondentKind respondent, boolean withholdRespondent, LocalDate today) {
		Map<String, String> problems = new LinkedHashMap<>();
		Optional<Result> found = Result.of(result);
		if (found.isEmpty()) {
			problems.put("result", "choose whether the first decision is confirmed or overturned");
		}
		String why = (reasons == null) ? "" : reasons.strip();
		if (why.isEmpty()) {
			problems.put("reasons", "is required: the parties are told why, and it is published");
		}
		Optional<PanelDecision> replacement = Optional.empty();
		if (found.filter(Result.OVERTURNED::equals).isPresent()) {
			replacement = PanelDecision.read(finding, summary, actions, sanction, respondent, withholdRespondent, today)
				.fold(Optional::of, (refused) -> {
					problems.putAll(refused.fields());
					return Optional.empty();
				});
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		return Outcome.accepted(new AppealDecision(found.orElseThrow(), why, replacement));
	}

	/**
	 * The decision in force after this appeal.
	 * @param first the complaints panel's decision
	 * @return the first decision when confirmed, else its replacement
	 */
	public PanelDecision inForce(PanelDecision first) {
		return this.replacement.orElse(first);
	}

	/** What the appeal panel did with the first decision. */
	public enum Result {

		CONFIRMED("confirmed"), OVERTURNED("overturned");

		private final String label;

		Result(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		/** The form's value. */
		public String value() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Optional<Result> of(String value) {
			for (Result result : values()) {
				if (result.value().equals(value)) {
					return Optional.of(result);
				}
			}
			return Optional.empty();
		}

	}

}
