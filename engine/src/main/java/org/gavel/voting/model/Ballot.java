package org.gavel.voting.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * A ballot: a question put to a frozen roll under a frozen rule set, open between two
 * instants.
 *
 * @param id identifier
 * @param title what is voted on
 * @param rules the rule set, as it was when the ballot was created
 * @param rollId the electoral roll it counts
 * @param roll the roll's voters by id
 * @param opensAt when voting opens
 * @param closesAt when voting closes (exclusive)
 * @param zone the time zone deadlines are shown in
 * @param inRoomSession whether an in-room session follows the online window, its tallies
 * entered by the secretariat before the count
 * @param heldOnPaper whether the vote was held on paper before it was entered: its window
 * is in the past, nobody voted online, and the secretariat's tallies are its figures
 * @param chainVersion how its hash chain orders and numbers the votes (see
 * {@link HashChain}); {@link #CHAIN_VERSION} for every new ballot
 * @param question the question or text voted on, as voters read it, or {@code null} when
 * the ballot's subject shows it (a resolution's text)
 * @param meetingId the meeting it is voted in, whose attendance register gives its quorum
 * where the rule set counts quorum for the meeting; {@code null} for none
 * @param options the options of a ballot between options, in their order (option 1
 * first); empty for a motion, voted for, against or abstain
 */
public record Ballot(UUID id, String title, RuleSet rules, UUID rollId, Map<String, Elector> roll, Instant opensAt,
		Instant closesAt, ZoneId zone, boolean inRoomSession, boolean heldOnPaper, int chainVersion, String question,
		UUID meetingId, List<String> options) {

	/**
	 * The chain version of new ballots: a secret ballot's votes are chained in the order
	 * of their receipts with no number, an open ballot's numbered within the ballot.
	 */
	public static final int CHAIN_VERSION = 2;

	public Ballot {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(rules, "rules");
		roll = Map.copyOf(roll);
		options = List.copyOf(options);
		if (!closesAt.isAfter(opensAt)) {
			throw new IllegalArgumentException("a ballot must close after it opens");
		}
	}

	/**
	 * A ballot voted online, with or without an in-room session after it.
	 * @param id identifier
	 * @param title what is voted on
	 * @param rules the rule set
	 * @param rollId the electoral roll
	 * @param roll the roll's voters by id
	 * @param opensAt when voting opens
	 * @param closesAt when voting closes
	 * @param zone the time zone deadlines are shown in
	 * @param inRoomSession whether an in-room session follows the online window
	 * @param chainVersion how its hash chain orders the votes
	 */
	public Ballot(UUID id, String title, RuleSet rules, UUID rollId, Map<String, Elector> roll, Instant opensAt,
			Instant closesAt, ZoneId zone, boolean inRoomSession, int chainVersion) {
		this(id, title, rules, rollId, roll, opensAt, closesAt, zone, inRoomSession, false, chainVersion, null, null,
				List.of());
	}

	/**
	 * Whether voters choose between options rather than vote for or against a motion.
	 * @return whether the ballot has options
	 */
	public boolean betweenOptions() {
		return !this.options.isEmpty();
	}

	/**
	 * Why an answer cannot be given on this ballot.
	 * @param answer the answer
	 * @return the reason, or empty when the ballot takes it
	 */
	public Optional<String> refusalOf(Answer answer) {
		if (betweenOptions()) {
			if (answer.choice() == Choice.AGAINST || (answer.choice() == Choice.FOR && answer.option() == null)) {
				return Optional.of("This ballot is between options: choose one of its " + this.options.size()
						+ " options, or abstain.");
			}
			if (answer.option() != null && answer.option() > this.options.size()) {
				return Optional.of("This ballot has no option " + answer.option() + "; its options are numbered 1 to "
						+ this.options.size() + ".");
			}
			return Optional.empty();
		}
		return (answer.option() != null) ? Optional.of("This ballot is a motion: vote for, against or abstain.")
				: Optional.empty();
	}

	public boolean secret() {
		return this.rules.mechanics().secret();
	}

	public boolean voteChangeAllowed() {
		return this.rules.mechanics().voteChangeAllowed();
	}

	public Optional<Elector> elector(String voter) {
		return Optional.ofNullable(this.roll.get(voter));
	}

	/**
	 * The place an organisation holds on the roll.
	 * @param organisation the organisation's id
	 * @return its place, if it has one
	 */
	public Optional<Elector> placeOf(String organisation) {
		return this.roll.values().stream().filter((elector) -> organisation.equals(elector.place())).findFirst();
	}

	public boolean allowsProxies() {
		return this.rules.mechanics().proxies() != null;
	}

	/**
	 * The instant from which proxies may no longer be given or withdrawn, or {@code null}
	 * when the rule set allows no proxies.
	 * @return the deadline for proxies
	 */
	public Instant proxyDeadline() {
		RuleSet.Proxies proxies = this.rules.mechanics().proxies();
		return (proxies != null) ? this.closesAt.minus(proxies.deadlineBeforeClose()) : null;
	}

	/**
	 * Whether proxies may be given or withdrawn at an instant: only before the rule set's
	 * deadline.
	 * @param instant when
	 * @return {@link ProxyWindow#NONE} when the rule set allows no proxies, else whether
	 * the deadline has passed
	 */
	public ProxyWindow proxyWindowAt(Instant instant) {
		if (!allowsProxies()) {
			return ProxyWindow.NONE;
		}
		return instant.isBefore(proxyDeadline()) ? ProxyWindow.OPEN : ProxyWindow.PASSED;
	}

	public boolean isOpenAt(Instant instant) {
		return !notYetOpenAt(instant) && !onlineWindowPassedAt(instant);
	}

	/**
	 * Whether voting has not opened yet at an instant.
	 * @param instant when
	 * @return {@code true} before the ballot opens
	 */
	public boolean notYetOpenAt(Instant instant) {
		return instant.isBefore(this.opensAt);
	}

	/**
	 * Whether the online window has passed at an instant: no vote is taken online any
	 * more, in-room tallies may be entered and the ballot counted.
	 * @param instant when
	 * @return {@code true} from the close on
	 */
	public boolean onlineWindowPassedAt(Instant instant) {
		return !instant.isBefore(this.closesAt);
	}

	/**
	 * The ballot, if it may be counted at an instant: once its online window has passed.
	 * @param instant when
	 * @return this ballot, or refused while voting is open
	 */
	public Outcome<Ballot> countableAt(Instant instant) {
		return Outcome.when(onlineWindowPassedAt(instant), this,
				() -> Refusal.of("Voting is open until " + this.closesAt.atZone(this.zone) + "."));
	}

	/**
	 * The ballot, if it may be counted at an instant: once its online window has passed,
	 * or, where the rule set allows it, as soon as every place on the roll has voted.
	 * @param instant when
	 * @param voted how many places have a vote
	 * @return this ballot, or refused while voting is open
	 */
	public Outcome<Ballot> countableAt(Instant instant, int voted) {
		if (onlineWindowPassedAt(instant) || closesEarlyAt(instant, voted)) {
			return Outcome.accepted(this);
		}
		return Outcome.refused(Refusal.of("Voting is open until " + this.closesAt.atZone(this.zone) + "."
				+ (earlyCloseAllowed() ? " Its rule set lets it be counted sooner once every place on the roll has "
						+ "voted: " + voted + " of " + this.roll.size() + " have." : "")));
	}

	/**
	 * Whether the rule set lets this ballot be counted before its window ends, once
	 * everyone has voted: an online ballot, with no in-room session to wait for.
	 * @return whether it may close early
	 */
	public boolean earlyCloseAllowed() {
		return this.rules.mechanics().closeWhenAllVoted() && !this.inRoomSession && !this.heldOnPaper;
	}

	/**
	 * Whether the ballot may be counted early at an instant.
	 * @param instant when
	 * @param voted how many places have a vote
	 * @return true while open, with every place on the roll voted, where the rule allows
	 */
	public boolean closesEarlyAt(Instant instant, int voted) {
		return earlyCloseAllowed() && !notYetOpenAt(instant) && !this.roll.isEmpty() && voted >= this.roll.size();
	}

	/** Whether proxies may be given or withdrawn. */
	public enum ProxyWindow {

		/** The rule set allows no proxies. */
		NONE,

		/** Before the deadline. */
		OPEN,

		/** From the deadline on. */
		PASSED

	}

}
