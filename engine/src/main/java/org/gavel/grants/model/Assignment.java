package org.gavel.grants.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who of a proposal's panel scores it: only evaluators who declared no conflict with it,
 * those with the fewest proposals of the call so far first, then by username, so that the
 * work is spread and the choice is the same whatever the order the declarations came in.
 */
public final class Assignment {

	private Assignment() {
	}

	/**
	 * Chooses a proposal's evaluators.
	 * @param cleared the evaluators who declared no conflict with it
	 * @param needed how many score each proposal
	 * @param load how many proposals of the call each evaluator already scores
	 * @return the evaluators chosen (fewer than {@code needed} when not enough are
	 * cleared) and how many are missing
	 */
	public static Choice choose(Set<String> cleared, int needed, Map<String, Integer> load) {
		List<String> ordered = new ArrayList<>(cleared);
		ordered.sort(Comparator.<String>comparingInt((evaluator) -> load.getOrDefault(evaluator, 0))
			.thenComparing(Comparator.naturalOrder()));
		List<String> chosen = List.copyOf(ordered.subList(0, Math.min(needed, ordered.size())));
		return new Choice(chosen, needed - chosen.size());
	}

	/**
	 * A conflict Gavel finds without being told: the evaluator belongs to the member
	 * organisation that applies.
	 * @param evaluatorOrganisation the evaluator's member organisation, or {@code null}
	 * @param proposal the proposal
	 * @return the reason, or empty when there is none to find
	 */
	public static Optional<String> automaticConflict(String evaluatorOrganisation, Proposal proposal) {
		if (evaluatorOrganisation != null && evaluatorOrganisation.equals(proposal.memberOrganisation())) {
			return Optional.of("Your organisation applies: " + proposal.application().organisation() + ".");
		}
		return Optional.empty();
	}

	/**
	 * The evaluators chosen for a proposal.
	 *
	 * @param evaluators who score it, in the order chosen
	 * @param missing how many more are needed: 0 when enough were cleared
	 */
	public record Choice(List<String> evaluators, int missing) {

		public boolean complete() {
			return this.missing == 0;
		}

	}

}
