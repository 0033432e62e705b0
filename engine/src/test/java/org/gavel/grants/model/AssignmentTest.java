package org.gavel.grants.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The choice of a proposal's evaluators: never one who is not cleared, as many as needed
 * when enough are, the rest counted as missing, the least loaded first, and the same
 * whatever order the declarations came in.
 */
class AssignmentTest {

	@Property
	void choosesOnlyClearedEvaluatorsAndCountsTheMissing(
			@ForAll @Size(max = 6) @UniqueElements List<@IntRange(min = 1, max = 9) Integer> ids,
			@ForAll @IntRange(min = 1, max = 5) int needed) {
		Set<String> cleared = new LinkedHashSet<>();
		ids.forEach((id) -> cleared.add("evaluator" + id));

		Assignment.Choice choice = Assignment.choose(cleared, needed, Map.of());

		assertThat(cleared).containsAll(choice.evaluators());
		assertThat(choice.evaluators()).doesNotHaveDuplicates().hasSize(Math.min(needed, cleared.size()));
		assertThat(choice.missing()).isEqualTo(needed - choice.evaluators().size());
		assertThat(choice.complete()).isEqualTo(cleared.size() >= needed);
	}

	@Property
	void theOrderOfTheDeclarationsDoesNotChangeTheChoice(
			@ForAll @Size(min = 1, max = 6) @UniqueElements List<@IntRange(min = 1, max = 9) Integer> ids,
			@ForAll @IntRange(min = 1, max = 4) int needed, @ForAll long seed) {
		List<String> names = new ArrayList<>();
		Map<String, Integer> load = new HashMap<>();
		ids.forEach((id) -> {
			names.add("evaluator" + id);
			load.put("evaluator" + id, id % 3);
		});
		List<String> shuffled = new ArrayList<>(names);
		Collections.shuffle(shuffled, new Random(seed));

		assertThat(Assignment.choose(new LinkedHashSet<>(shuffled), needed, load))
			.isEqualTo(Assignment.choose(new LinkedHashSet<>(names), needed, load));
	}

	@Test
	void theLeastLoadedAreChosenFirstThenByName() {
		Assignment.Choice choice = Assignment.choose(Set.of("eva", "ezra", "emil"), 2,
				Map.of("eva", 3, "ezra", 1, "emil", 1));

		assertThat(choice.evaluators()).containsExactly("emil", "ezra");
	}

	@Test
	void aMemberOfTheApplyingOrganisationIsConflictedWithoutDeclaring() {
		Proposal proposal = new Proposal(UUID.randomUUID(), Reference.ofRfp(2027, 1).proposal(1), UUID.randomUUID(),
				"kenji", "sumatra-latex", ProposalStatus.ELIGIBLE, new Proposal.Application("t",
						"Sumatra Latex Processing", OrganisationType.COMPANY, "ID", "c", "e", "s", "a", null),
				Instant.EPOCH, Instant.EPOCH, null, null, null);

		assertThat(Assignment.automaticConflict("sumatra-latex", proposal))
			.contains("Your organisation applies: Sumatra Latex Processing.");
		assertThat(Assignment.automaticConflict("mekong-rubber", proposal)).isEmpty();
		assertThat(Assignment.automaticConflict(null, proposal)).isEmpty();
	}

}
