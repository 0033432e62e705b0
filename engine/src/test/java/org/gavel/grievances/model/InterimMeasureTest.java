package org.gavel.grievances.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.gavel.system.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class InterimMeasureTest {

	static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

	@Test
	void aMeasureTakesEffectTodayAndHoldsUntilLiftedUnlessToldOtherwise() {
		InterimMeasure.Decided decided = InterimMeasure
			.decide("  Sumatra Latex's seat in the traceability working group is suspended.  ", "", null, TODAY)
			.orElseThrow();

		assertThat(decided.measure()).isEqualTo("Sumatra Latex's seat in the traceability working group is suspended.");
		assertThat(decided.from()).isEqualTo(TODAY);
		assertThat(decided.until()).isEmpty();
	}

	@Test
	void aMeasureMayRunForAPeriod() {
		InterimMeasure.Decided decided = InterimMeasure.decide("Clearing halted", "2027-03-12", "2027-06-30", TODAY)
			.orElseThrow();

		assertThat(decided.from()).isEqualTo(LocalDate.of(2027, 3, 12));
		assertThat(decided.until()).contains(LocalDate.of(2027, 6, 30));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "null",
			textBlock = """
					no measure                 | ' '        | null       | null       | measure        | is required
					a day that is none         | Halt it    | 2027-02-30 | null       | effectiveFrom  | is not a date
					an end in the past         | Halt it    | 2027-01-01 | 2027-03-09 | effectiveUntil | is in the past
					an end before its start    | Halt it    | 2027-04-01 | 2027-03-31 | effectiveUntil | is before the measure takes effect
					an end that is no day      | Halt it    | null       | soon       | effectiveUntil | is not a date
					""")
	void badInputIsRefusedByItsField(String what, String measure, String from, String until, String field,
			String reason) {
		Refusal refusal = InterimMeasure.decide(measure, from, until, TODAY)
			.fold((decided) -> null, (refused) -> refused);

		assertThat(refusal.fields()).containsKey(field);
		assertThat(refusal.fields().get(field)).contains(reason);
	}

	@Test
	void aMeasureTooLongIsRefused() {
		assertThat(InterimMeasure.decide("x".repeat(2001), null, null, TODAY).isAccepted()).isFalse();
	}

	@ParameterizedTest(name = "on {0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			2027-03-11 | takes effect on 2027-03-12 | false
			2027-03-12 | in force                   | true
			2027-06-30 | in force                   | true
			2027-07-01 | ended on 2027-06-30        | false
			""")
	void aMeasureIsInForceFromItsFirstDayToItsLast(String day, String status, boolean inForce) {
		InterimMeasure measure = measure(Optional.of(LocalDate.of(2027, 6, 30)), Optional.empty());

		assertThat(measure.status(LocalDate.parse(day))).isEqualTo(status);
		assertThat(measure.inForceOn(LocalDate.parse(day))).isEqualTo(inForce);
	}

	@Test
	void aLiftedMeasureIsNoLongerInForceAndIsNotLiftedTwice() {
		InterimMeasure lifted = measure(Optional.empty(),
				Optional.of(new InterimMeasure.Lifting("gita", Instant.parse("2027-04-01T10:00:00Z"), "Replanting")));

		assertThat(lifted.inForceOn(LocalDate.of(2027, 4, 2))).isFalse();
		assertThat(lifted.status(LocalDate.of(2027, 4, 2))).isEqualTo("lifted");
		assertThat(lifted.liftable().isAccepted()).isFalse();
		assertThat(measure(Optional.empty(), Optional.empty()).liftable().isAccepted()).isTrue();
	}

	@Test
	void liftingNeedsAReason() {
		assertThat(InterimMeasure.liftingReason("  ").fold((reason) -> "", Refusal::message))
			.isEqualTo("reason: is required: say why the measure is lifted");
		assertThat(InterimMeasure.liftingReason(" The land was returned. ").orElseThrow())
			.isEqualTo("The land was returned.");
	}

	private static InterimMeasure measure(Optional<LocalDate> until, Optional<InterimMeasure.Lifting> lifted) {
		return new InterimMeasure(UUID.randomUUID(), "Clearing halted", LocalDate.of(2027, 3, 12), until, "gita",
				Instant.parse("2027-03-10T09:00:00Z"), lifted);
	}

}
