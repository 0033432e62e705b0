package org.gavel.voting.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.gavel.voting.RuleSets;
import org.gavel.voting.model.Presets;
import org.gavel.voting.model.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSetFileTest {

	@Test
	void everyShippedRuleSetIsTheOneTheWorkedExamplesCheck() throws IOException {
		RuleSets shipped = new RuleSets(List.of("classpath*:rulesets/*.yaml"));

		assertThat(shipped.all()).containsExactlyInAnyOrderElementsOf(Presets.all());
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			simple-majority,             true
			rspo-ga,                     true
			ec-consensus-then-seat-vote, true
			grievance-panel,             true
			gpsnr-ga,                    false
			fsc-ga,                      false
			fsc-canada,                  false
			rtrs-written-resolution,     false
			""")
	void theRoomIsCountedAsOneExactlyWhereNoChamberMatters(String name, boolean whole) throws IOException {
		RuleSet rules = new RuleSets(List.of("classpath*:rulesets/*.yaml")).latest(name).orElseThrow();

		assertThat(rules.countsRoomWhole()).as("one member one vote, no condition or quorum by chamber")
			.isEqualTo(whole);
	}

	@Test
	void findsAVersionAndTheLatest() throws IOException {
		RuleSets shipped = new RuleSets(List.of("classpath*:rulesets/*.yaml"));

		assertThat(shipped.find("fsc-ga", 1)).contains(Presets.fscGa());
		assertThat(shipped.latest("rtrs-written-resolution")).contains(Presets.rtrsWrittenResolution());
		assertThat(shipped.find("fsc-ga", 2)).isEmpty();
		assertThat(shipped.latest("parliament")).isEmpty();
	}

	@Test
	void aSettingNamingNoRuleSetStopsTheStartUpWithTheKnownOnes() throws IOException {
		RuleSets shipped = new RuleSets(List.of("classpath*:rulesets/*.yaml"));

		assertThat(shipped.required("grievance-panel", "gavel.grievances.panel-rule-set").name())
			.isEqualTo("grievance-panel");
		assertThatThrownBy(() -> shipped.required("grievance-pannel", "gavel.grievances.panel-rule-set"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("gavel.grievances.panel-rule-set is 'grievance-pannel', which names no rule set; "
					+ "the rule sets are: ")
			.hasMessageContaining("grievance-panel, ");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a typo in a field        | weighting: { mode: ONE_MEMBER_ONE_VOTE, normalizeOver: VOTERS }                       | x.v1.yaml: weighting.normalizeOver: unknown field; expected one of mode, chambers, subChambers, memberTypes, normaliseOver, emptyGroups
					an unknown mode          | weighting: { mode: ONE_PERSON_ONE_VOTE }                                               | x.v1.yaml: weighting.mode: 'ONE_PERSON_ONE_VOTE' is not allowed; expected one of ONE_MEMBER_ONE_VOTE, CHAMBER_WEIGHTED, BY_SEAT
					a weight that is no number | weighting: { mode: CHAMBER_WEIGHTED, chambers: { growers: one } }                  | x.v1.yaml: weighting.chambers.growers: 'one' is not a number, fraction (2/3) or percentage (50%)
					a negative weight        | weighting: { mode: CHAMBER_WEIGHTED, chambers: { growers: -1 } }                      | x.v1.yaml: weighting.chambers.growers: must be positive, was -1
					an absolute denominator over voters | weighting: { mode: CHAMBER_WEIGHTED, chambers: { growers: 1 }, normaliseOver: VOTERS }\\nconditions: [ { overall: { threshold: 1/2, comparison: GREATER_THAN, denominator: REGISTERED } } ] | x.v1.yaml: conditions[0].denominator: REGISTERED needs weights shared over REGISTERED, not VOTERS
					""")
	void namesTheFileTheFieldAndTheProblem(String what, String weighting, String problem) {
		String yaml = """
				name: x
				version: 1
				%s
				conditions: [ { overall: { threshold: 1/2, comparison: GREATER_THAN, denominator: FOR_PLUS_AGAINST } } ]
				ties: FAILS
				mechanics: { voteChangeAllowed: false, secret: false, consensusFirst: false }
				""".formatted(weighting.replace("\\n", "\n"));
		String file = yaml.lines().filter((l) -> l.startsWith("conditions")).count() > 1 ? yaml.replaceFirst(
				"conditions: \\[ \\{ overall: \\{ threshold: 1/2, comparison: GREATER_THAN, denominator: FOR_PLUS_AGAINST } } ]\\n",
				"") : yaml;

		assertThatThrownBy(() -> RuleSetFile.read("x.v1.yaml", stream(file)))
			.isInstanceOf(InvalidRuleSetFileException.class)
			.extracting((ex) -> ((InvalidRuleSetFileException) ex).problems())
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(problem);
	}

	@Test
	void reportsEveryProblemOfAFileAtOnce() {
		String yaml = """
				name: gpsnr-ga
				version: 2
				weighting: { mode: BY_SEAT }
				quorum: { basis: HEADS, scope: OVERALL, comparison: GREATER_THAN, threshold: 150%, counting: [VIBES], onFailure: MOTION_FAILS }
				conditions: [ { overall: { threshold: 2/3, comparison: AT_LEAST } } ]
				ties: COIN_TOSS
				mechanics: { voteChangeAllowed: maybe, secret: false, consensusFirst: false, proxies: { maxPrincipals: { organisation: 0 }, deadlineBeforeClose: two days } }
				""";

		assertThatThrownBy(() -> RuleSetFile.read("rulesets/gpsnr-ga.v1.yaml", stream(yaml)))
			.isInstanceOf(InvalidRuleSetFileException.class)
			.extracting((ex) -> ((InvalidRuleSetFileException) ex).problems())
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.containsExactly(
					"rulesets/gpsnr-ga.v1.yaml: the file of rule set gpsnr-ga version 2 must be named gpsnr-ga.v2.yaml",
					"rulesets/gpsnr-ga.v1.yaml: quorum.basis: 'HEADS' is not allowed; expected one of HEADCOUNT, VOTING_POWER",
					"rulesets/gpsnr-ga.v1.yaml: quorum.counting[0]: 'VIBES' is not allowed; expected one of ABSTENTIONS, SPOILT, PROXIES, IN_ROOM, PRESENT_NOT_VOTING",
					"rulesets/gpsnr-ga.v1.yaml: conditions[0].overall.denominator: is required; expected one of FOR_PLUS_AGAINST, VALID_VOTES, PRESENT, REGISTERED",
					"rulesets/gpsnr-ga.v1.yaml: ties: 'COIN_TOSS' is not allowed; expected one of FAILS, CHAIR_CASTING_VOTE, REVOTE",
					"rulesets/gpsnr-ga.v1.yaml: mechanics.voteChangeAllowed: is required and must be true or false",
					"rulesets/gpsnr-ga.v1.yaml: mechanics.proxies.maxPrincipals.organisation: must be a positive whole number",
					"rulesets/gpsnr-ga.v1.yaml: mechanics.proxies.deadlineBeforeClose: 'two days' is not an ISO-8601 duration such as P5D or PT48H");
	}

	@Test
	void refusesAThresholdAboveOne() {
		String yaml = """
				name: x
				version: 1
				weighting: { mode: ONE_MEMBER_ONE_VOTE }
				conditions: [ { overall: { threshold: 150%, comparison: GREATER_THAN, denominator: FOR_PLUS_AGAINST } } ]
				ties: FAILS
				mechanics: { voteChangeAllowed: false, secret: false, consensusFirst: false }
				""";

		assertThatThrownBy(() -> RuleSetFile.read("x.v1.yaml", stream(yaml)))
			.isInstanceOf(InvalidRuleSetFileException.class)
			.hasMessageContaining("x.v1.yaml: conditions[0].threshold: must be between 0 and 1, was 3 / 2");
	}

	@Test
	void refusesProxiesInASecretBallot() {
		String yaml = """
				name: x
				version: 1
				weighting: { mode: ONE_MEMBER_ONE_VOTE }
				conditions: [ { overall: { threshold: 1/2, comparison: GREATER_THAN, denominator: FOR_PLUS_AGAINST } } ]
				ties: FAILS
				mechanics: { voteChangeAllowed: false, secret: true, consensusFirst: false, proxies: { maxPrincipals: {}, deadlineBeforeClose: P1D } }
				""";

		assertThatThrownBy(() -> RuleSetFile.read("x.v1.yaml", stream(yaml)))
			.isInstanceOf(InvalidRuleSetFileException.class)
			.hasMessageContaining("x.v1.yaml: mechanics.proxies: a secret ballot cannot have proxies");
	}

	@Test
	void refusesTwoDifferentDefinitionsOfOneVersion() throws IOException {
		Path dir = Files.createTempDirectory("rulesets");
		Files.writeString(dir.resolve("fsc-ga.v1.yaml"),
				new String(getClass().getResourceAsStream("/rulesets/simple-majority.v1.yaml").readAllBytes(),
						StandardCharsets.UTF_8)
					.replace("name: simple-majority", "name: fsc-ga"));

		assertThatThrownBy(() -> new RuleSets(List.of("classpath*:rulesets/*.yaml", "file:" + dir + "/*.yaml")))
			.isInstanceOf(InvalidRuleSetFileException.class)
			.hasMessageContaining("rulesets/fsc-ga.v1.yaml: rule set fsc-ga version 1 is defined twice, differently");
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
