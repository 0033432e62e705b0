package org.gavel.voting.model;

import java.util.List;
import java.util.Map;

/**
 * Weighted sums of the ballots of some voting groups.
 *
 * @param inFavour weight for
 * @param against weight against
 * @param abstain weight abstaining
 * @param spoilt weight of spoilt ballots
 * @param presentNotVoting weight of members present without a ballot
 * @param registered weight of everyone on the roll
 */
record Totals(Share inFavour, Share against, Share abstain, Share spoilt, Share presentNotVoting, Share registered) {

	static Totals of(List<GroupCount> groups, Map<VotingGroup, Share> weights) {
		Share f = Share.ZERO;
		Share a = Share.ZERO;
		Share ab = Share.ZERO;
		Share sp = Share.ZERO;
		Share p = Share.ZERO;
		Share r = Share.ZERO;
		for (GroupCount group : groups) {
			Share w = weights.get(group.group());
			Counts c = group.total();
			f = f.plus(w.times(c.inFavour()));
			a = a.plus(w.times(c.against()));
			ab = ab.plus(w.times(c.abstain()));
			sp = sp.plus(w.times(c.spoilt()));
			p = p.plus(w.times(group.presentNotVoting()));
			r = r.plus(w.times(group.registered()));
		}
		return new Totals(f, a, ab, sp, p, r);
	}

	Share of(Denominator denominator) {
		return switch (denominator) {
			case FOR_PLUS_AGAINST -> this.inFavour.plus(this.against);
			case VALID_VOTES -> this.inFavour.plus(this.against).plus(this.abstain);
			case PRESENT ->
				this.inFavour.plus(this.against).plus(this.abstain).plus(this.spoilt).plus(this.presentNotVoting);
			case REGISTERED -> this.registered;
		};
	}

	/**
	 * The share in favour of a denominator, or {@code null} when the denominator is
	 * empty.
	 */
	Share inFavourOf(Denominator denominator) {
		Share whole = of(denominator);
		return whole.isZero() ? null : this.inFavour.over(whole);
	}

	Share inFavourOfForAndAgainst() {
		return inFavourOf(Denominator.FOR_PLUS_AGAINST);
	}

	boolean isTie() {
		return !this.inFavour.isZero() && this.inFavour.compareTo(this.against) == 0;
	}

}
