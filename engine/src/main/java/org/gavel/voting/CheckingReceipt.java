package org.gavel.voting;

import java.util.List;
import java.util.UUID;

import org.gavel.voting.model.ChainedVote;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.HashChain;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.Votes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells anyone holding a receipt whether its vote is in the ballot box, where in the
 * chain, whether it is counted, and, once the ballot is closed, the chain's published
 * head. It never tells the choice.
 */
@Service
public class CheckingReceipt {

	private final Ballots ballots;

	private final Votes votes;

	CheckingReceipt(Ballots ballots, Votes votes) {
		this.ballots = ballots;
		this.votes = votes;
	}

	/**
	 * Whether a receipt's vote is in the ballot box.
	 * @param ballot the ballot
	 * @param typed the receipt as a person typed it: any case, with or without dashes or
	 * spaces
	 * @return where it stands, or not found
	 */
	@Transactional(readOnly = true)
	public Answer check(UUID ballot, String typed) {
		String receipt = Receipts.canonical(typed);
		List<ChainedVote> chained = this.votes.chained(ballot);
		boolean secret = this.ballots.secret(ballot);
		for (int i = 0; i < chained.size(); i++) {
			if (chained.get(i).receipt().equals(receipt)) {
				String head = this.ballots.closed(ballot).map(Closing::chainHead).orElse(null);
				return new Answer.Included(secret ? rank(chained, receipt) : i + 1, chained.size(),
						!chained.get(i).superseded(), HashChain.links(ballot, chained).get(i), head);
			}
		}
		return new Answer.NotFound();
	}

	/** Where a receipt stands among a secret ballot's receipts: says nothing of when. */
	private static int rank(List<ChainedVote> chained, String receipt) {
		return 1 + (int) chained.stream().filter((vote) -> vote.receipt().compareTo(receipt) < 0).count();
	}

	/** The answer to a receipt check. */
	public sealed interface Answer {

		/**
		 * The vote is in the ballot box.
		 *
		 * @param position its place in the chain, from 1 (in a secret ballot, among the
		 * receipts in their order)
		 * @param of how many votes the chain holds now
		 * @param counted false when a later vote of the same voter replaced it
		 * @param link the chain's link at this vote
		 * @param chainHead the published head, or {@code null} while the ballot is open
		 */
		record Included(int position, int of, boolean counted, String link, String chainHead) implements Answer {

		}

		/** No vote of this ballot has this receipt. */
		record NotFound() implements Answer {

		}

	}

}
