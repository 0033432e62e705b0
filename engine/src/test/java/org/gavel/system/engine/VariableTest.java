package org.gavel.system.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.gavel.voting.model.BallotOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Process variables as steps read and write them: stored as Cockpit and REST callers see
 * them, read back typed, refused with the variable's name when missing or malformed.
 */
class VariableTest {

	@Test
	void eachTypeIsStoredAsTheEngineShowsItAndReadBack() {
		UUID id = UUID.randomUUID();
		Instant at = Instant.parse("2027-09-20T16:00:00Z");
		Map<String, Object> variables = new HashMap<>();

		Variable.id("rollId").put(variables, id);
		Variable.instant("closesAt").put(variables, at);
		Variable.zone("timeZone").put(variables, ZoneId.of("Asia/Singapore"));
		Variable.duration("reminderBefore").put(variables, Duration.ofHours(48));
		Variable.choice("outcome", BallotOutcome.class).put(variables, BallotOutcome.NO_QUORUM);
		Variable.integer("round").put(variables, 2);
		Variable.text("title").put(variables, null);

		assertThat(variables).containsEntry("rollId", id.toString())
			.containsEntry("closesAt", Date.from(at))
			.containsEntry("timeZone", "Asia/Singapore")
			.containsEntry("reminderBefore", "PT48H")
			.containsEntry("outcome", "NO_QUORUM")
			.containsEntry("round", 2)
			.doesNotContainKey("title");
		assertThat(Variable.id("rollId").from(variables)).isEqualTo(id);
		assertThat(Variable.instant("closesAt").from(variables)).isEqualTo(at);
		assertThat(Variable.choice("outcome", BallotOutcome.class).from(variables)).isEqualTo(BallotOutcome.NO_QUORUM);
	}

	@Test
	void whatARestCallerSendsAsTextIsReadToo() {
		Map<String, Object> variables = Map.of("closesAt", "2027-09-20T16:00:00Z", "round", "3", "inRoomSession",
				"true");

		assertThat(Variable.instant("closesAt").from(variables)).isEqualTo(Instant.parse("2027-09-20T16:00:00Z"));
		assertThat(Variable.integer("round").from(variables)).isEqualTo(3);
		assertThat(Variable.flag("inRoomSession").from(variables)).isTrue();
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|', textBlock = """
			rollId         | 42         | rollId: '42' is not an id
			closesAt       | tomorrow   | closesAt: 'tomorrow' is not an ISO-8601 instant
			timeZone       | Mars/Base  | timeZone: 'Mars/Base' is not a time zone such as Asia/Singapore
			reminderBefore | two days   | reminderBefore: 'two days' is not an ISO-8601 duration such as PT48H
			outcome        | MAYBE      | outcome: 'MAYBE' must be one of ADOPTED, REJECTED, NO_QUORUM, TIE
			round          | second     | round: 'second' is not a whole number
			""")
	void aMalformedValueIsRefusedNamingTheVariable(String name, String value, String message) {
		Variable<?> variable = switch (name) {
			case "rollId" -> Variable.id(name);
			case "closesAt" -> Variable.instant(name);
			case "timeZone" -> Variable.zone(name);
			case "reminderBefore" -> Variable.duration(name);
			case "outcome" -> Variable.choice(name, BallotOutcome.class);
			default -> Variable.integer(name);
		};

		assertThatThrownBy(() -> variable.from(Map.of(name, value))).isInstanceOf(InputRefusedException.class)
			.hasMessage(message);
	}

	@Test
	void aMissingOrBlankRequiredValueIsRefusedNamingTheVariable() {
		assertThatThrownBy(() -> Variable.text("title").from(Map.of("title", " ")))
			.isInstanceOf(InputRefusedException.class)
			.hasMessage("title: is required");
		assertThatThrownBy(() -> Variable.id("rollId").from(Map.of())).hasMessage("rollId: is required");
	}

	@Test
	void aFormsChoiceIsStoredAsTheFormWritesItAndReadBackAsItsConstant() {
		Variable<BallotOutcome> outcome = Variable.option("outcome", BallotOutcome.class);

		assertThat(outcome.with(BallotOutcome.NO_QUORUM)).containsExactly(Map.entry("outcome", "no-quorum"));
		assertThat(outcome.from(Map.of("outcome", "no-quorum"))).isEqualTo(BallotOutcome.NO_QUORUM);
		assertThat(outcome.from(Map.of("outcome", " Adopted "))).isEqualTo(BallotOutcome.ADOPTED);
		assertThat(outcome.with(null)).isEmpty();
		assertThatThrownBy(() -> outcome.from(Map.of("outcome", "perhaps"))).isInstanceOf(InputRefusedException.class)
			.hasMessageContaining("outcome")
			.hasMessageContaining("no-quorum");
	}

	@Test
	void aDecisionTablesSingleResultIsReadNotWritten() {
		Variable<String> triage = Variable.decision("triage", (result) -> result.get("risk") + " risk");

		assertThat(triage.from(Map.of("triage", Map.of("risk", "high")))).isEqualTo("high risk");
		assertThatThrownBy(() -> triage.from(Map.of("triage", "high"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("no single result");
		assertThatThrownBy(() -> triage.with("low risk")).isInstanceOf(UnsupportedOperationException.class);
	}

}
