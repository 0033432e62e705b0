package org.gavel.approvals.model;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consensus as the absence of sustained opposition: a table of rounds, then properties
 * over generated ones.
 */
class ConsensusTest {

	/**
	 * One letter per seat: {@code n} no objection, {@code o} objection, {@code c}
	 * conflict (recused), {@code -} silent.
	 */
	@ParameterizedTest(name = "{0} -> consensus {1}")
	@CsvSource(delimiter = '|', textBlock = """
			nnn          | true  | 3  | 0 | 0 | 0
			nno          | false | 3  | 1 | 0 | 0
			nn-          | true  | 3  | 0 | 0 | 1
			n--          | false | 3  | 0 | 0 | 2
			nn--         | false | 4  | 0 | 0 | 2
			nnc-         | true  | 3  | 0 | 1 | 1
			ccc          | false | 0  | 0 | 3 | 0
			---          | false | 3  | 0 | 0 | 3
			nnnnnnnnnnno | false | 12 | 1 | 0 | 0
			nnnnnnn----- | true  | 12 | 0 | 0 | 5
			nnnnnn------ | false | 12 | 0 | 0 | 6
			""")
	void aRoundIsAssessedSeatBySeat(String round, boolean consensus, int voting, int objections, int recused,
			int silent) {
		Consensus.Assessment assessment = Consensus.assess(seats(round.length()), reviews(round));

		assertThat(assessment.consensus()).as(assessment.explanation()).isEqualTo(consensus);
		assertThat(assessment.voting()).isEqualTo(voting);
		assertThat(assessment.objections()).hasSize(objections);
		assertThat(assessment.recused()).hasSize(recused);
		assertThat(assessment.silent()).hasSize(silent);
	}

	@Test
	void theExplanationSaysWhyTheSeatsVote() {
		assertThat(Consensus.assess(seats(3), reviews("no-")).explanation())
			.isEqualTo("1 sustained objection(s); 1 of 3 seats not recused said no objection: the seats vote.");
		assertThat(Consensus.assess(seats(4), reviews("nn--")).explanation())
			.isEqualTo("No objection, but only 2 of 4 seats not recused said no objection (more than half needed):"
					+ " the seats vote.");
		assertThat(Consensus.assess(seats(3), reviews("nnc")).explanation())
			.isEqualTo("No sustained objection; 2 of 2 seats not recused said no objection (more than half needed):"
					+ " approved by consensus.");
	}

	@Test
	void aResponseFromSomeoneWithoutASeatIsIgnored() {
		List<Review> reviews = new ArrayList<>(reviews("nnn"));
		reviews.add(new Review("outsider", Response.OBJECTION, "I object"));

		assertThat(Consensus.assess(seats(3), reviews).consensus()).isTrue();
	}

	@Property
	void anyObjectionSendsTheItemToTheSeats(@ForAll("rounds") String round) {
		Consensus.Assessment assessment = Consensus.assess(seats(round.length()), reviews(round));

		if (round.contains("o")) {
			assertThat(assessment.consensus()).isFalse();
		}
	}

	@Property
	void consensusIsMoreThanHalfOfTheSeatsNotRecusedWithNoObjection(@ForAll("rounds") String round) {
		long consenting = round.chars().filter((c) -> c == 'n').count();
		long recused = round.chars().filter((c) -> c == 'c').count();
		boolean expected = !round.contains("o") && 2 * consenting > round.length() - recused;

		Consensus.Assessment assessment = Consensus.assess(seats(round.length()), reviews(round));

		assertThat(assessment.consensus()).isEqualTo(expected);
		assertThat(assessment.consenting().size() + assessment.objections().size() + assessment.recused().size()
				+ assessment.silent().size())
			.as("every seat is counted once")
			.isEqualTo(round.length());
	}

	@Provide
	Arbitrary<String> rounds() {
		return Arbitraries.strings().withChars('n', 'o', 'c', '-').ofMinLength(1).ofMaxLength(15);
	}

	static List<String> seats(int count) {
		List<String> seats = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			seats.add("seat" + i);
		}
		return seats;
	}

	static List<Review> reviews(String round) {
		List<Review> reviews = new ArrayList<>();
		for (int i = 0; i < round.length(); i++) {
			switch (round.charAt(i)) {
				case 'n' -> reviews.add(new Review("seat" + i, Response.NO_OBJECTION, null));
				case 'o' -> reviews.add(new Review("seat" + i, Response.OBJECTION, "a reason"));
				case 'c' -> reviews.add(new Review("seat" + i, Response.CONFLICT, "a conflict"));
				default -> {
				}
			}
		}
		return reviews;
	}

}
