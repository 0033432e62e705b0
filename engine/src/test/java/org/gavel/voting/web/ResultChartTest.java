package org.gavel.voting.web;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.gavel.voting.model.ChamberFigures;
import org.gavel.voting.model.Counts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chamber's bar shows what its caption says: parts of the roll, the rest not voting.
 */
class ResultChartTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			20 | 12 | 3 | 1 | 12 for, 3 against, 1 abstaining; 4 of 20 did not vote
			3  | 1  | 0 | 0 | 1 for, 0 against, 0 abstaining; 2 of 3 did not vote
			5  | 2  | 2 | 1 | 2 for, 2 against, 1 abstaining; all 5 voted
			7  | 0  | 0 | 0 | 0 for, 0 against, 0 abstaining; 7 of 7 did not vote
			""")
	void theCaptionGivesTheFiguresTheBarDraws(int registered, int inFavour, int against, int abstain, String caption) {
		ChamberFigures figures = new ChamberFigures("Growers", registered, new Counts(inFavour, against, abstain, 0), 0,
				null);

		assertThat(ResultChart.Bar.caption(figures)).isEqualTo(caption);
	}

	@Property
	void eachPartIsItsShareOfTheRoll(@ForAll @IntRange(min = 1, max = 500) int registered,
			@ForAll @IntRange(min = 0, max = 500) int inFavour, @ForAll @IntRange(min = 0, max = 500) int against,
			@ForAll @IntRange(min = 0, max = 500) int abstain) {
		int total = inFavour + against + abstain;
		int roll = Math.max(registered, total);
		ResultChart.Bar bar = ResultChart.Bar.of("Growers",
				new ChamberFigures("Growers", roll, new Counts(inFavour, against, abstain, 0), 0, null), 10);

		assertThat(bar.forWidth() + bar.againstWidth() + bar.abstainWidth()).isLessThanOrEqualTo(bar.barWidth());
		assertThat(Math.abs(bar.forWidth() - (double) bar.barWidth() * inFavour / roll)).isLessThan(1.0);
		assertThat(Math.abs(bar.againstWidth() - (double) bar.barWidth() * against / roll)).isLessThan(1.0);
		assertThat(bar.againstX()).isEqualTo(bar.x() + bar.forWidth());
		assertThat(bar.abstainX()).isEqualTo(bar.againstX() + bar.againstWidth());
		if (total == roll) {
			assertThat(bar.caption()).endsWith("all " + roll + " voted");
		}
		else {
			assertThat(bar.caption()).endsWith((roll - total) + " of " + roll + " did not vote");
		}
	}

}
