package org.gavel.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * How use cases chain their checks and adapters answer their outcomes.
 */
class OutcomeTest {

	@Test
	void thenGoesOnOnlyFromAnAcceptedOutcome() {
		List<String> ran = new ArrayList<>();

		Outcome<Integer> accepted = Outcome.accepted(2).then((n) -> {
			ran.add("after 2");
			return Outcome.accepted(n * 10);
		});
		Outcome<Integer> refused = Outcome.<Integer>refused("n", "too small").then((n) -> {
			ran.add("after a refusal");
			return Outcome.accepted(n * 10);
		});

		assertThat(accepted).isEqualTo(Outcome.accepted(20));
		assertThat(refused).isEqualTo(Outcome.refused("n", "too small"));
		assertThat(ran).containsExactly("after 2");
	}

	@Test
	void aCheckKeepsTheValueOrTakesItsRefusal() {
		assertThat(Outcome.accepted("ana").check((name) -> Outcome.accepted(name.length())))
			.isEqualTo(Outcome.accepted("ana"));
		assertThat(Outcome.accepted("ana").check((name) -> Outcome.refused("not on the roll")))
			.isEqualTo(Outcome.refused("not on the roll"));
	}

	@Test
	void anAdapterFoldsTheOutcomeIntoOneAnswer() {
		assertThat(Outcome.accepted(7).fold((n) -> "redirect:/" + n, Refusal::message)).isEqualTo("redirect:/7");
		assertThat(Outcome.refused("stance", "choose one").fold((n) -> "redirect:/", Refusal::message))
			.isEqualTo("stance: choose one");
	}

	@Test
	void aRefusalWhereNoneCanHappenIsABug() {
		assertThatIllegalStateException().isThrownBy(() -> Outcome.refused("The ballot is closed.").orElseThrow())
			.withMessage("unexpectedly refused: The ballot is closed.");
	}

	@Test
	void aRefusalOfSeveralFieldsKeepsThemInOrder() {
		Map<String, String> problems = new LinkedHashMap<>();
		problems.put("startsAt", "too early");
		problems.put("votingOpensAt", "must be after the deadline");

		Refusal refusal = Refusal.ofFields(problems);

		assertThat(refusal.field()).isEqualTo("startsAt");
		assertThat(refusal.fields()).containsExactly(Map.entry("startsAt", "too early"),
				Map.entry("votingOpensAt", "must be after the deadline"));
		assertThat(Refusal.of("The ballot is closed.").fields()).isEmpty();
	}

	@Test
	void aRefusalNeedsItsReason() {
		assertThatIllegalArgumentException().isThrownBy(() -> Refusal.of("title", " "));
	}

}
