package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashChainTest {

	private static final UUID BALLOT = UUID.fromString("6f1c0a52-3e0a-4a8e-9d61-0d4b8b7e9a10");

	@Test
	void anEmptyBoxHasTheBallotsSeedAsItsHead() {
		assertThat(HashChain.head(BALLOT, List.of())).isEqualTo(HashChain.sha256("gavel-ballot:" + BALLOT)).hasSize(64);
	}

	@Test
	void eachLinkHashesThePreviousLinkAndTheVotesLine() {
		ChainedVote vote = vote(1, Choice.FOR, "AAAA");

		assertThat(HashChain.links(BALLOT, List.of(vote))).containsExactly(HashChain.sha256(
				HashChain.sha256("gavel-ballot:" + BALLOT) + "\n1|civil-society||organisation|FOR|ONLINE|AAAA|false"));
	}

	@Property(tries = 200)
	void anyChangeToAnyVoteChangesTheHead(@ForAll @IntRange(min = 1, max = 30) int size,
			@ForAll @IntRange(min = 0, max = 29) int at, @ForAll @IntRange(min = 0, max = 3) int change) {
		List<ChainedVote> votes = new ArrayList<>();
		for (int i = 0; i < size; i++) {
			votes.add(vote(i + 1, Choice.values()[i % 3], "R" + i));
		}
		int index = at % size;
		List<ChainedVote> altered = new ArrayList<>(votes);
		ChainedVote v = votes.get(index);
		switch (change) {
			case 0 -> altered.set(index,
					new ChainedVote(v.position(), v.group(), (v.choice() == Choice.FOR) ? Choice.AGAINST : Choice.FOR,
							v.channel(), v.receipt(), v.superseded()));
			case 1 -> altered.set(index,
					new ChainedVote(v.position(), v.group(), v.choice(), v.channel(), v.receipt(), !v.superseded()));
			case 2 -> altered.remove(index);
			default -> altered.add(index, vote(999, Choice.FOR, "EXTRA"));
		}

		assertThat(HashChain.head(BALLOT, altered)).isNotEqualTo(HashChain.head(BALLOT, votes));
	}

	@Test
	void aSecretBallotsVoteCarriesNoNumber() {
		ChainedVote vote = new ChainedVote(null, new VotingGroup("civil-society", null, "organisation"), Choice.FOR,
				Channel.ONLINE, "AAAA", false);

		assertThat(vote.line()).isEqualTo("civil-society||organisation|FOR|ONLINE|AAAA|false");
	}

	@Test
	void aVoteForAnOptionEndsWithItsNumberAndAnotherOptionChangesTheHead() {
		VotingGroup group = new VotingGroup("civil-society", null, "organisation");
		ChainedVote jakarta = new ChainedVote(3L, group, Choice.FOR, Channel.ONLINE, "AAAA", false, 2);
		ChainedVote bangkok = new ChainedVote(3L, group, Choice.FOR, Channel.ONLINE, "AAAA", false, 1);

		assertThat(jakarta.line()).isEqualTo("3|civil-society||organisation|FOR|ONLINE|AAAA|false|2");
		assertThat(HashChain.head(BALLOT, List.of(jakarta))).isNotEqualTo(HashChain.head(BALLOT, List.of(bangkok)));
	}

	@Test
	void theOrderOfTheBoxIsPartOfTheChain() {
		ChainedVote first = vote(1, Choice.FOR, "A");
		ChainedVote second = vote(2, Choice.FOR, "B");

		assertThat(HashChain.head(BALLOT, List.of(first, second)))
			.isNotEqualTo(HashChain.head(BALLOT, List.of(second, first)));
	}

	private static ChainedVote vote(long seq, Choice choice, String receipt) {
		return new ChainedVote(seq, new VotingGroup("civil-society", null, "organisation"), choice, Channel.ONLINE,
				receipt, false);
	}

}
