package org.gavel.grievances.model;

import java.util.Arrays;
import java.util.Optional;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A grievance's triage: admissibility and risk, as the triage table proposes them and the
 * secretariat confirms or overrides them, and the route that follows.
 *
 * @param admissibility whether the platform acts on it
 * @param risk how serious it is
 * @param reason why: the table's sentence, or the secretariat's reason for overriding it
 */
public record Triage(Admissibility admissibility, Risk risk, String reason) {

	/**
	 * The triage table's answer.
	 * @param admissibility its {@code admissibility} output
	 * @param risk its {@code risk} output
	 * @param reason its {@code reason} output
	 * @return the triage, or a refusal naming a value the table should not give
	 */
	public static Outcome<Triage> of(String admissibility, String risk, String reason) {
		Optional<Admissibility> a = Admissibility.of(admissibility);
		Optional<Risk> r = Risk.of(risk);
		if (a.isEmpty() || r.isEmpty()) {
			return Outcome.refused("The triage table answered admissibility=" + admissibility + ", risk=" + risk
					+ ", which Gavel does not know.");
		}
		return Outcome.accepted(new Triage(a.get(), r.get(), reason));
	}

	/**
	 * Where the case goes: the complaints panel, bilateral engagement, the member's own
	 * mechanism, or nowhere.
	 * @return the stage it moves to
	 */
	public Stage route() {
		return switch (this.admissibility) {
			case ADMISSIBLE -> (this.risk == Risk.HIGH) ? Stage.PANEL : Stage.BILATERAL;
			case REFER_TO_MEMBER -> Stage.REFERRED;
			case INADMISSIBLE -> Stage.INADMISSIBLE;
		};
	}

	/**
	 * The secretariat's override.
	 * @param admissibility the admissibility it decides, as the form sends it
	 * @param risk the risk it decides
	 * @param reason why, required
	 * @return the triage, or the refusal by its field
	 */
	public static Outcome<Triage> overridden(String admissibility, String risk, String reason) {
		if (Admissibility.of(admissibility).isEmpty()) {
			return Outcome.refused("admissibility", "is required to override the triage");
		}
		if (Risk.of(risk).isEmpty()) {
			return Outcome.refused("risk", "is required to override the triage");
		}
		if (reason == null || reason.isBlank()) {
			return Outcome.refused(Refusal.of("reason", "is required to override the triage: it is recorded"));
		}
		return Outcome.accepted(new Triage(Admissibility.of(admissibility).get(), Risk.of(risk).get(), reason.strip()));
	}

	/** Whether the platform acts on a grievance. */
	public enum Admissibility {

		ADMISSIBLE("admissible"), REFER_TO_MEMBER("refer-to-member"), INADMISSIBLE("inadmissible");

		private final String value;

		Admissibility(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

		public static Optional<Admissibility> of(String value) {
			return Arrays.stream(values()).filter((a) -> a.value.equals(value)).findFirst();
		}

	}

	/** How serious a grievance is. */
	public enum Risk {

		HIGH("high"), LOW("low");

		private final String value;

		Risk(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

		public static Optional<Risk> of(String value) {
			return Arrays.stream(values()).filter((r) -> r.value.equals(value)).findFirst();
		}

	}

}
