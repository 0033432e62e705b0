package org.gavel.resolutions.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who must back a resolution before it may be submitted: a number of sponsors (the
 * proposer counts), the categories they must cover, and whether the first few must each
 * come from a different category. FSC: a proposer and two seconders from all three
 * chambers ({@code minimum 3, every category}); RSPO: sponsors from at least 3 of 7
 * sectors, the first three from different sectors ({@code minimum 3, categories 3,
 * first 3}).
 *
 * @param minimum the fewest sponsors, proposer included
 * @param categories the fewest distinct categories they must cover, or {@code null} for
 * every voting category
 * @param firstDistinct how many of the first sponsors must each come from a different
 * category (0 for no ordering rule)
 */
public record SponsorRule(int minimum, Integer categories, int firstDistinct) {

	public SponsorRule {
		if (minimum < 1) {
			throw new IllegalArgumentException("a resolution needs at least its proposer as sponsor, not " + minimum);
		}
		if (categories != null && categories < 1) {
			throw new IllegalArgumentException("the categories to cover must be 1 or more, not " + categories);
		}
		if (firstDistinct < 0) {
			throw new IllegalArgumentException("the first sponsors from different categories cannot be negative");
		}
	}

	/**
	 * Checks sponsors against the rule.
	 * @param sponsors the proposer first, then co-sponsors in the order they endorsed
	 * @param votingCategories the voting categories' labels by id, in their order
	 * @return whether the rule is met, with one sentence per condition
	 */
	public Verdict check(List<Sponsor> sponsors, Map<String, String> votingCategories) {
		List<String> lines = new ArrayList<>();
		boolean met = true;
		boolean enough = sponsors.size() >= this.minimum;
		met &= enough;
		lines.add(
				sponsors.size() + " sponsor(s), at least " + this.minimum + " needed: " + (enough ? "met" : "not met"));
		Set<String> covered = new LinkedHashSet<>();
		sponsors.forEach((sponsor) -> covered.add(sponsor.category()));
		covered.retainAll(votingCategories.keySet());
		int needed = (this.categories != null) ? Math.min(this.categories, votingCategories.size())
				: votingCategories.size();
		List<String> missing = votingCategories.keySet()
			.stream()
			.filter((category) -> !covered.contains(category))
			.map(votingCategories::get)
			.toList();
		boolean wide = covered.size() >= needed;
		met &= wide;
		lines.add(covered.size() + " of " + votingCategories.size() + " categories covered, "
				+ ((this.categories != null) ? "at least " + needed : "every one") + " needed: "
				+ (wide ? "met" : "not met; not yet from " + String.join(", ", missing)));
		if (this.firstDistinct > 1) {
			List<Sponsor> first = sponsors.subList(0, Math.min(this.firstDistinct, sponsors.size()));
			boolean distinct = first.size() == this.firstDistinct
					&& first.stream().map(Sponsor::category).distinct().count() == this.firstDistinct;
			met &= distinct;
			lines.add("the first " + this.firstDistinct + " sponsors from different categories: "
					+ (distinct ? "met" : "not met"));
		}
		return new Verdict(met, List.copyOf(lines), missing);
	}

	/**
	 * What the rule says of some sponsors.
	 *
	 * @param met whether they are enough
	 * @param lines one sentence per condition, e.g. "3 of 5 categories covered, at least
	 * 3 needed: met"
	 * @param missingCategories the voting categories no sponsor comes from, by label
	 */
	public record Verdict(boolean met, List<String> lines, List<String> missingCategories) {

		public String explanation() {
			return String.join("; ", this.lines) + ".";
		}

	}

}
