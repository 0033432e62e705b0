package org.gavel.documents.model;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What changed between two versions of terms of reference, as the comparison page shows
 * it.
 */
class TextComparisonTest {

	private static final Map<String, String> HEADINGS = Map.of("scope", "Scope");

	@Test
	void marksTheWordsRemovedAndAddedInAChangedLine() {
		List<TextComparison.Section> sections = TextComparison.compare(HEADINGS,
				Map.of("scope", "Smallholder <b>rubber</b> in Indonesia"),
				Map.of("scope", "Smallholder <b>rubber</b> in Indonesia and Thailand"));

		TextComparison.Section scope = sections.get(0);
		assertThat(scope.changed()).isTrue();
		assertThat(scope.lines()).singleElement().satisfies((line) -> {
			assertThat(line.kind()).isEqualTo("CHANGE");
			assertThat(line.runs()).extracting(TextComparison.Run::kind).contains("kept", "added");
			assertThat(line.runs()).filteredOn((run) -> run.kind().equals("added"))
				.extracting(TextComparison.Run::text)
				.containsExactly(" and Thailand");
			assertThat(String.join("", line.runs().stream().map(TextComparison.Run::text).toList()))
				.as("raw text: escaping is the template's job")
				.isEqualTo("Smallholder <b>rubber</b> in Indonesia and Thailand");
		});
	}

	@Test
	void showsAReplacedWordAsRemovedThenAdded() {
		TextComparison.Section scope = TextComparison
			.compare(HEADINGS, Map.of("scope", "twelve months"), Map.of("scope", "eighteen months"))
			.get(0);

		assertThat(scope.lines().get(0).runs()).containsExactly(new TextComparison.Run("removed", "twelve"),
				new TextComparison.Run("added", "eighteen"), new TextComparison.Run("kept", " months"));
	}

	@Test
	void marksWholeLinesAddedOrRemovedAndLeavesAnUnchangedSectionUnchanged() {
		TextComparison.Section added = TextComparison
			.compare(HEADINGS, Map.of("scope", "one"), Map.of("scope", "one\ntwo"))
			.get(0);
		TextComparison.Section same = TextComparison
			.compare(HEADINGS, Map.of("scope", "one\ntwo"), Map.of("scope", "one\ntwo"))
			.get(0);

		assertThat(added.lines()).extracting(TextComparison.Line::kind).containsExactly("EQUAL", "INSERT");
		assertThat(added.lines().get(1).runs()).containsExactly(new TextComparison.Run("added", "two"));
		assertThat(same.changed()).isFalse();
	}

}
