package org.gavel.grants.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.gavel.system.Outcome;

/**
 * The panel meeting's change to a proposal's place in the computed ranking, with why.
 *
 * @param proposal the proposal
 * @param rank its place after the meeting, from 1
 * @param reason why the panel moved it
 */
public record RankAdjustment(Reference proposal, int rank, String reason) {

	/**
	 * Reads the panel meeting's changes, one per line: {@code proposal | new place |
	 * reason}; none is fine (the computed ranking stands).
	 * @param text the lines
	 * @param ranked the proposals in the ranking
	 * @return the changes by proposal, or the first problem by the field
	 * {@code adjustments}
	 */
	public static Outcome<Map<Reference, RankAdjustment>> read(String text, Set<Reference> ranked) {
		Map<Reference, RankAdjustment> changes = new LinkedHashMap<>();
		for (Line line : Line.of(text, 3)) {
			String at = line.at();
			String[] parts = line.parts();
			if (parts.length < 3 || parts[2].isBlank()) {
				return Outcome.refused("adjustments", at
						+ "write the proposal, its new place and why, e.g. RFP-2027-01-P003 | 1 | its reach is proven");
			}
			Reference reference = Reference.parse(parts[0].strip()).orElse(null);
			if (reference == null || !ranked.contains(reference)) {
				return Outcome.refused("adjustments", at + "'" + parts[0].strip() + "' is not a ranked proposal");
			}
			int rank;
			try {
				rank = Integer.parseInt(parts[1].strip());
			}
			catch (NumberFormatException ex) {
				rank = 0;
			}
			if (rank < 1 || rank > ranked.size()) {
				return Outcome.refused("adjustments",
						at + "the place is from 1 to " + ranked.size() + ", the number of ranked proposals");
			}
			if (changes.put(reference, new RankAdjustment(reference, rank, parts[2].strip())) != null) {
				return Outcome.refused("adjustments", at + reference + " is moved twice");
			}
		}
		return Outcome.accepted(changes);
	}

}
