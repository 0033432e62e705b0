package org.gavel.resolutions.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SponsorRuleTest {

	static final Map<String, String> CATEGORIES = new LinkedHashMap<>();

	static {
		CATEGORIES.put("a", "Producers");
		CATEGORIES.put("b", "Buyers");
		CATEGORIES.put("c", "Civil society");
		CATEGORIES.put("d", "Smallholders");
		CATEGORIES.put("e", "Financiers");
	}

	@ParameterizedTest(name = "{0} sponsors from {1} under minimum {2}, categories {3}, first {4} -> {5}")
	@CsvSource({ "a b c, 3, 3, 3, 0, true", "a b, 2, 3, 3, 0, false", "a a b, 2, 3, 3, 0, false",
			"a a b c, 3, 3, 3, 3, false", "a b c a, 3, 3, 3, 3, true", "a b c, 3, 3, all, 0, false",
			"a b c d e, 5, 3, all, 0, true", "a, 1, 1, 1, 0, true", "a b c d, 4, 5, 3, 0, false" })
	void tableOfRules(String categories, int distinct, int minimum, String covering, int first, boolean met) {
		List<Sponsor> sponsors = sponsors(categories.split(" "));
		SponsorRule rule = new SponsorRule(minimum, "all".equals(covering) ? null : Integer.valueOf(covering), first);

		SponsorRule.Verdict verdict = rule.check(sponsors, CATEGORIES);

		assertThat(verdict.met()).as(verdict.explanation()).isEqualTo(met);
		assertThat(verdict.missingCategories()).hasSize(5 - distinct);
	}

	@ParameterizedTest
	@CsvSource({ "a c, 'not yet from Buyers, Smallholders, Financiers'" })
	void theExplanationNamesTheCategoriesStillMissing(String categories, String missing) {
		SponsorRule.Verdict verdict = new SponsorRule(3, 3, 0).check(sponsors(categories.split(" ")), CATEGORIES);

		assertThat(verdict.explanation()).contains("2 sponsor(s), at least 3 needed: not met", missing);
	}

	@Property
	void withoutAnOrderingRuleAnotherSponsorNeverBreaksAMetRule(
			@ForAll @Size(max = 8) List<@IntRange(max = 4) Integer> categories, @ForAll @IntRange(max = 4) int extra,
			@ForAll @IntRange(min = 1, max = 6) int minimum, @ForAll @IntRange(min = 1, max = 5) int covering) {
		SponsorRule rule = new SponsorRule(minimum, covering, 0);
		List<Sponsor> before = sponsors(categories);
		List<Sponsor> after = new ArrayList<>(before);
		after.add(new Sponsor("extra", "Extra Ltd", "abcde".substring(extra, extra + 1)));

		if (rule.check(before, CATEGORIES).met()) {
			assertThat(rule.check(after, CATEGORIES).met()).isTrue();
		}
	}

	@Property
	void withoutAnOrderingRuleTheOrderOfSponsorsNeverMatters(
			@ForAll @Size(max = 8) List<@IntRange(max = 4) Integer> categories,
			@ForAll @IntRange(min = 1, max = 5) int covering) {
		SponsorRule rule = new SponsorRule(3, covering, 0);
		List<Sponsor> sponsors = sponsors(categories);
		List<Sponsor> reversed = new ArrayList<>(sponsors);
		Collections.reverse(reversed);

		assertThat(rule.check(reversed, CATEGORIES).met()).isEqualTo(rule.check(sponsors, CATEGORIES).met());
	}

	private static List<Sponsor> sponsors(String... categories) {
		return sponsors(Arrays.stream(categories).map((c) -> c.charAt(0) - 'a').toList());
	}

	private static List<Sponsor> sponsors(List<Integer> categories) {
		List<Sponsor> sponsors = new ArrayList<>();
		for (int i = 0; i < categories.size(); i++) {
			sponsors.add(new Sponsor("member" + i, "Organisation " + i,
					"abcde".substring(categories.get(i), categories.get(i) + 1)));
		}
		return sponsors;
	}

}
