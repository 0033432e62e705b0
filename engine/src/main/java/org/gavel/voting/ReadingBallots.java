package org.gavel.voting;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.BallotSummary;
import org.gavel.voting.model.Closing;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.Result;
import org.gavel.voting.model.SignOff;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.InRoomTallies;
import org.gavel.voting.persistence.Proxies;
import org.gavel.voting.persistence.Votes;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads ballots: their state, and once counted the result with its figures per chamber
 * (counted again from the box, which no longer changes, under the frozen rule set).
 */
@Service
public class ReadingBallots {

	private final CountingBallot counting;

	private final Ballots ballots;

	private final Votes votes;

	private final InRoomTallies inRoom;

	private final Proxies proxies;

	private final ReadingElectoralRolls rolls;

	ReadingBallots(Ballots ballots, Votes votes, InRoomTallies inRoom, Proxies proxies, ReadingElectoralRolls rolls,
			CountingBallot counting) {
		this.rolls = rolls;
		this.counting = counting;
		this.ballots = ballots;
		this.votes = votes;
		this.inRoom = inRoom;
		this.proxies = proxies;
	}

	/**
	 * Whether a ballot is read only by the voters on its roll and the ballot officers:
	 * one whose roll a process took from the people it names (a complaints panel's vote),
	 * not one drawn from the directory, which every member reads.
	 * @param ballot the ballot
	 * @return whether it is
	 */
	@Transactional(readOnly = true)
	public boolean closed(Ballot ballot) {
		return this.rolls.find(ballot.rollId()).filter((roll) -> !roll.roll().electorate().drawn()).isPresent();
	}

	@Transactional(readOnly = true)
	public Optional<Found> find(UUID id) {
		return this.ballots.find(id).map((ballot) -> {
			Closing closed = this.ballots.closed(id).orElse(null);
			Result result = (closed != null) ? this.counting.count(ballot) : null;
			return new Found(ballot, closed, result, this.ballots.signOffs(id));
		});
	}

	/**
	 * A ballot as it was frozen when it opened, read from the database (the vote path's
	 * cache is not filled).
	 * @param id the ballot
	 * @return the ballot, if it exists
	 */
	@Transactional(readOnly = true)
	public Optional<Ballot> ballot(UUID id) {
		return this.ballots.find(id);
	}

	/**
	 * The scrutineers' sign-offs of a ballot's result so far.
	 * @param id the ballot
	 * @return the sign-offs, oldest first
	 */
	public List<SignOff> signOffs(UUID id) {
		return this.ballots.signOffs(id);
	}

	/**
	 * Who has a counted vote in a ballot, whoever cast it.
	 * @param id the ballot
	 * @return the voters
	 */
	public Set<String> voters(UUID id) {
		return this.votes.voters(id);
	}

	/**
	 * How many places have voted in a ballot, without reading who.
	 * @param id the ballot
	 * @return the count
	 */
	public int voterCount(UUID id) {
		return this.votes.voterCount(id);
	}

	/**
	 * A ballot's closing, once counted.
	 * @param id the ballot
	 * @return when it closed, its outcome and explanation; empty while it is open
	 */
	public Optional<Closing> closing(UUID id) {
		return this.ballots.closed(id);
	}

	/**
	 * The latest ballot opened by someone, e.g. by an approval's seat vote.
	 * @param openedBy who opened it, e.g. {@code approval <id>}
	 * @return the ballot's id
	 */
	public Optional<UUID> latestOpenedBy(String openedBy) {
		return this.ballots.latestOpenedBy(openedBy);
	}

	@Transactional(readOnly = true)
	public List<BallotSummary> all() {
		return this.ballots.summaries();
	}

	/**
	 * The in-room tallies that count: the latest of each voting group.
	 * @param ballot the ballot
	 * @return the tallies
	 */
	@Transactional(readOnly = true)
	public List<InRoomTally> inRoom(UUID ballot) {
		return List.copyOf(this.inRoom.latest(ballot).values());
	}

	@Transactional(readOnly = true)
	public List<Proxies.Proxy> proxies(UUID ballot) {
		return this.proxies.all(ballot);
	}

	/**
	 * What a voter may do in a ballot: their own vote's state and the proxies they hold.
	 * @param ballot the ballot
	 * @param voter the voter
	 * @return their standing
	 */
	@Transactional(readOnly = true)
	public Standing standing(UUID ballot, String voter) {
		Optional<Votes.Place> place = this.votes.place(ballot, voter);
		return new Standing(place.map(Votes.Place::castBy).orElse(null), place.map(Votes.Place::receipt).orElse(null),
				this.proxies.of(ballot, voter).map(Proxies.Proxy::holder).orElse(null),
				this.proxies.all(ballot)
					.stream()
					.filter((proxy) -> proxy.holder().equals(voter))
					.map(Proxies.Proxy::principal)
					.toList());
	}

	/**
	 * A ballot and, once counted, what it found.
	 *
	 * @param ballot the ballot
	 * @param closed the stored result, or {@code null} while not counted
	 * @param result the result with its figures, or {@code null} while not counted
	 * @param signOffs the scrutineers' sign-offs so far
	 */
	public record Found(Ballot ballot, Closing closed, Result result, List<SignOff> signOffs) {

		public boolean published() {
			return this.closed != null && this.closed.publishedAt() != null;
		}

	}

	/**
	 * A voter's standing in a ballot.
	 *
	 * @param votedBy who cast their counted vote (they, or their proxy holder), or
	 * {@code null}
	 * @param receipt the receipt of their counted vote, or {@code null} when they have
	 * none or the ballot is secret (a secret ballot keeps no receipt beside a voter's
	 * name: its receipt is shown once, when the vote is cast)
	 * @param proxyHolder to whom they gave their proxy, or {@code null}
	 * @param holdsProxiesOf whose proxies they hold
	 */
	public record Standing(String votedBy, String receipt, String proxyHolder, List<String> holdsProxiesOf) {

	}

}
