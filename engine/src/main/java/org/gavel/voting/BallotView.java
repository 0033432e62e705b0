package org.gavel.voting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.BallotOutcome;
import org.gavel.voting.model.BallotStatus;
import org.gavel.voting.model.ChamberFigures;
import org.gavel.voting.model.Check;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.OptionFigures;
import org.gavel.voting.model.SignOff;
import org.gavel.voting.model.VotingGroup;

/**
 * A ballot as the API shows it.
 *
 * @param id identifier
 * @param title what is voted on
 * @param ruleSet the rule set's name
 * @param ruleSetVersion its frozen version
 * @param rollId the electoral roll
 * @param voters how many are on it
 * @param opensAt when voting opens
 * @param closesAt when the online window closes
 * @param timeZone the zone deadlines are shown in
 * @param inRoomSession whether an in-room session follows the online window
 * @param heldOnPaper whether it records a vote held on paper, its figures entered by the
 * secretariat
 * @param question the question or text voted on, or {@code null}
 * @param status SCHEDULED, OPEN, CLOSED (window over, not counted yet), COUNTED (waiting
 * for the scrutineers) or PUBLISHED
 * @param result the result: to everyone once published, to the secretariat and the
 * scrutineers once counted; else {@code null}
 * @param signOffs the scrutineers' sign-offs
 * @param options a ballot between options: its options in order, option 1 first; empty
 * for a motion (for, against, abstain)
 */
public record BallotView(UUID id, String title, String ruleSet, int ruleSetVersion, UUID rollId, int voters,
		Instant opensAt, Instant closesAt, String timeZone, boolean inRoomSession, boolean heldOnPaper, String question,
		BallotStatus status, Published result, List<SignOff> signOffs, List<String> options) {

	public static BallotView of(ReadingBallots.Found found, Instant now, boolean officer) {
		Ballot ballot = found.ballot();
		Closing closed = found.closed();
		Published result = (closed != null && (found.published() || officer)) ? new Published(closed.outcome().name(),
				closed.explanation(), closed.chainHead(), closed.closedAt(), closed.publishedAt(),
				found.result().chambers().stream().map(Figures::of).toList(), Figures.of(found.result().totals()),
				found.result().checks(), found.result().options().stream().map(OptionView::of).toList()) : null;
		return new BallotView(ballot.id(), ballot.title(), ballot.rules().name(), ballot.rules().version(),
				ballot.rollId(), ballot.roll().size(), ballot.opensAt(), ballot.closesAt(), ballot.zone().getId(),
				ballot.inRoomSession(), ballot.heldOnPaper(), ballot.question(), status(found, now), result,
				found.signOffs(), ballot.options());
	}

	public static BallotStatus status(ReadingBallots.Found found, Instant now) {
		if (found.published()) {
			return BallotStatus.PUBLISHED;
		}
		if (found.closed() != null) {
			return BallotStatus.COUNTED;
		}
		if (found.ballot().notYetOpenAt(now)) {
			return BallotStatus.SCHEDULED;
		}
		return found.ballot().isOpenAt(now) ? BallotStatus.OPEN : BallotStatus.CLOSED;
	}

	/**
	 * A counted result.
	 *
	 * @param outcome ADOPTED, REJECTED, NO_QUORUM or TIE
	 * @param explanation every check, a sentence a line
	 * @param chainHead the head of the hash chain over the votes
	 * @param closedAt when it was counted
	 * @param publishedAt when it was published, or {@code null}
	 * @param chambers the figures per chamber
	 * @param totals the figures over all chambers
	 * @param checks each condition and whether it was met
	 * @param options on a ballot between options, each option's figures (its chambers in
	 * the order of chambers); empty for a motion. There, the figures of chambers and
	 * totals count a ballot for any option in inFavour
	 */
	public record Published(String outcome, String explanation, String chainHead, Instant closedAt, Instant publishedAt,
			List<Figures> chambers, Figures totals, List<Check> checks, List<OptionView> options) {

		/**
		 * The option chosen, on a ballot between options.
		 * @return the option, or {@code null}
		 */
		public OptionView chosen() {
			return this.options.stream().filter(OptionView::chosen).findFirst().orElse(null);
		}

		/**
		 * The outcome as people read it, e.g. {@code no quorum}.
		 * @return the label
		 */
		public String outcomeLabel() {
			return BallotOutcome.valueOf(this.outcome).label();
		}

	}

	/**
	 * One option's figures on a ballot between options.
	 *
	 * @param number its number, from 1
	 * @param label what it says
	 * @param totals over all chambers: inFavour the ballots for it, against those for
	 * another option, inFavour (the share) its weighted share of the ballots for an
	 * option
	 * @param chambers the same per chamber
	 * @param met whether it met every condition of the rule set
	 * @param chosen whether the ballot chose it
	 */
	public record OptionView(int number, String label, Figures totals, List<Figures> chambers, boolean met,
			boolean chosen) {

		static OptionView of(OptionFigures option) {
			return new OptionView(option.number(), option.label(), Figures.of(option.totals()),
					option.chambers().stream().map(Figures::of).toList(), option.met(), option.chosen());
		}

	}

	/**
	 * A chamber's figures, or all chambers'.
	 *
	 * @param chamber the chamber, or {@code null} for the totals
	 * @param registered members on the roll
	 * @param ballots ballots cast, by choice, all channels
	 * @param presentNotVoting present without a ballot
	 * @param inFavour the weighted share for, of for and against, as a percentage, or
	 * {@code null} when nobody voted for or against
	 * @param inFavourExact the same share as an exact fraction
	 */
	public record Figures(String chamber, int registered, Counts ballots, int presentNotVoting, String inFavour,
			String inFavourExact) {

		/**
		 * Whether these are the room's figures counted as one.
		 * @return see {@link ChamberFigures#roomAsOne()}
		 */
		public boolean roomAsOne() {
			return VotingGroup.WHOLE_ROLL.chamber().equals(this.chamber);
		}

		public static Figures of(ChamberFigures figures) {
			return new Figures(figures.chamber(), figures.registered(), figures.ballots(), figures.presentNotVoting(),
					(figures.inFavour() != null) ? figures.inFavour().percent() : null,
					(figures.inFavour() != null) ? figures.inFavour().toString() : null);
		}

	}

}
