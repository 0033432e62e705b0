package org.gavel.approvals.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether a review round reached consensus, understood as the absence of sustained
 * opposition: members who declared a conflict are recused; any objection sends the item
 * to a seat vote; and silence alone is not consent, so without objection the item is
 * approved only when more than half of the seats not recused said "no objection".
 * Otherwise the seats vote.
 */
public final class Consensus {

	private Consensus() {
	}

	/**
	 * Assesses a round.
	 * @param seats the holders of the filled seats on the approval's frozen roll
	 * @param reviews the responses of this round (from holders of those seats)
	 * @return the assessment
	 */
	public static Assessment assess(List<String> seats, List<Review> reviews) {
		Map<String, Review> by = reviews.stream()
			.filter((review) -> seats.contains(review.member()))
			.collect(Collectors.toMap(Review::member, Function.identity(), (a, b) -> b));
		List<Review> recused = new ArrayList<>();
		List<Review> objections = new ArrayList<>();
		List<String> consenting = new ArrayList<>();
		List<String> silent = new ArrayList<>();
		for (String seat : seats) {
			Review review = by.get(seat);
			if (review == null) {
				silent.add(seat);
				continue;
			}
			switch (review.response()) {
				case CONFLICT -> recused.add(review);
				case OBJECTION -> objections.add(review);
				case NO_OBJECTION -> consenting.add(seat);
			}
		}
		int voting = seats.size() - recused.size();
		boolean consensus = objections.isEmpty() && voting > 0 && 2 * consenting.size() > voting;
		return new Assessment(consensus, consenting, objections, recused, silent, voting);
	}

	/**
	 * What a round came to.
	 *
	 * @param consensus whether the item is approved by consensus
	 * @param consenting who said "no objection"
	 * @param objections the sustained objections, with reasons
	 * @param recused who declared a conflict, with what
	 * @param silent who did not respond
	 * @param voting the seats not recused (the seat vote's roll)
	 */
	public record Assessment(boolean consensus, List<String> consenting, List<Review> objections, List<Review> recused,
			List<String> silent, int voting) {

		public Assessment {
			consenting = List.copyOf(consenting);
			objections = List.copyOf(objections);
			recused = List.copyOf(recused);
			silent = List.copyOf(silent);
		}

		/**
		 * Says why, in a sentence.
		 * @return e.g. "No sustained objection; 7 of 12 seats not recused consented (more
		 * than half needed): approved by consensus."
		 */
		public String explanation() {
			String counted = this.consenting.size() + " of " + this.voting + " seats not recused said no objection";
			if (!this.objections.isEmpty()) {
				return this.objections.size() + " sustained objection(s); " + counted + ": the seats vote.";
			}
			if (!this.consensus) {
				return "No objection, but only " + counted + " (more than half needed): the seats vote.";
			}
			return "No sustained objection; " + counted + " (more than half needed): approved by consensus.";
		}

	}

}
