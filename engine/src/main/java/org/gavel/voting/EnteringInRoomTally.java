package org.gavel.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Counts;
import org.gavel.voting.model.GroupCount;
import org.gavel.voting.model.InRoomTally;
import org.gavel.voting.model.VotingGroup;
import org.gavel.voting.persistence.BallotLocks;
import org.gavel.voting.persistence.InRoomTallies;
import org.gavel.voting.persistence.Votes;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Enters the secretariat's in-room tally for one voting group of a hybrid ballot
 * ({@code VOTING-014}), once the online window has closed and before the count. The room
 * counts only members who have not voted online or by proxy: a tally that, with them,
 * accounts for more members than the group has on the roll is refused, so no member is
 * counted twice.
 */
@Service
public class EnteringInRoomTally {

	private final FrozenBallots ballots;

	private final Votes votes;

	private final InRoomTallies tallies;

	private final BallotLocks locks;

	private final TransactionTemplate transactions;

	private final Clock clock;

	EnteringInRoomTally(FrozenBallots ballots, Votes votes, InRoomTallies tallies, BallotLocks locks,
			TransactionTemplate transactions, Clock clock) {
		this.ballots = ballots;
		this.votes = votes;
		this.tallies = tallies;
		this.locks = locks;
		this.transactions = transactions;
		this.clock = clock;
	}

	public Outcome enter(EnterTally command) {
		Ballot ballot = this.ballots.findWithoutCaching(command.ballotId()).orElse(null);
		if (ballot == null) {
			return refused(command, Refusal.NO_SUCH_BALLOT, null, "There is no ballot " + command.ballotId() + ".");
		}
		if (!ballot.inRoomSession()) {
			return refused(command, Refusal.NO_SESSION, null, "This ballot has no in-room session.");
		}
		Instant now = this.clock.instant();
		if (!ballot.onlineWindowPassedAt(now)) {
			return refused(command, Refusal.NOT_YET, null, "In-room tallies are entered after the online window, "
					+ "which closes at " + ballot.closesAt().atZone(ballot.zone()) + ".");
		}
		boolean whole = ballot.rules().countsRoomWhole();
		if (command.group().wholeRoll() != whole) {
			return refused(command, Refusal.UNKNOWN_GROUP, "chamber",
					whole ? "Rule set " + ballot.rules().name() + " counts one member one vote: enter the room's tally "
							+ "for the whole roll, not by chamber."
							: "Rule set " + ballot.rules().name()
									+ " counts by chamber: enter the room's tally for each voting group.");
		}
		VotingGroup group = whole ? VotingGroup.WHOLE_ROLL : ballot.rules()
			.groupOf(command.group().chamber(), command.group().subChamber(), command.group().memberType());
		try {
			return this.transactions.execute((tx) -> {
				if (!this.locks.holdOpen(ballot.id())) {
					return refused(command, Refusal.CLOSED, null, "The ballot has been counted already.");
				}
				List<GroupCount> groups = this.votes.count(ballot, Map.of());
				Optional<GroupCount> counted = whole
						? Optional.of(new GroupCount(group, ballot.roll().size(),
								Map.of(Channel.ONLINE,
										groups.stream().map(GroupCount::total).reduce(Counts.NONE, Counts::plus)),
								0))
						: groups.stream().filter((count) -> count.group().equals(group)).findFirst();
				if (counted.isEmpty()) {
					return refused(command, Refusal.UNKNOWN_GROUP, "chamber", "No member of the roll votes in "
							+ describe(group) + " under rule set " + ballot.rules().name() + ".");
				}
				int online = counted.get().total().all();
				int registered = counted.get().registered();
				int inRoom = command.ballots().all() + command.presentNotVoting();
				if (online + inRoom > registered) {
					return refused(command, Refusal.TOO_MANY, null,
							describe(group) + ": " + inRoom + " in the room and " + online + " online or by proxy make "
									+ (online + inRoom) + ", more than the " + registered
									+ " members on the roll; members who voted online cannot vote again in the room.");
				}
				int revision = this.tallies.all(ballot.id())
					.stream()
					.filter((tally) -> tally.group().equals(group))
					.mapToInt(InRoomTally::revision)
					.max()
					.orElse(0) + 1;
				InRoomTally tally = new InRoomTally(group, revision, command.ballots(), command.presentNotVoting(),
						command.enteredBy());
				this.tallies.add(ballot.id(), tally, now);
				VotingLog.IN_ROOM_TALLY.log(ballot.id(), describe(group), revision, tally.line(), command.enteredBy());
				return new Outcome.Entered(tally);
			});
		}
		catch (DuplicateKeyException ex) {
			return refused(command, Refusal.RETRY, null,
					"Another tally for " + describe(group) + " was entered meanwhile; reload and check it.");
		}
	}

	private static String describe(VotingGroup group) {
		if (group.wholeRoll()) {
			return "The whole roll";
		}
		return group.chamber() + ((group.subChamber() != null) ? " / " + group.subChamber() : "")
				+ ((group.memberType() != null) ? " / " + group.memberType() : "");
	}

	private static Outcome refused(EnterTally command, Refusal refusal, String field, String reason) {
		VotingLog.IN_ROOM_TALLY_REFUSED.log(command.ballotId(), reason);
		return new Outcome.Refused(refusal, field, reason);
	}

	/**
	 * Enter a tally.
	 *
	 * @param ballotId the ballot
	 * @param group the voting group (sub-chamber and member type as the rule set splits)
	 * @param ballots for, against, abstain counted in the room
	 * @param presentNotVoting members present who cast no ballot
	 * @param enteredBy who enters it
	 */
	public record EnterTally(UUID ballotId, VotingGroup group, Counts ballots, int presentNotVoting, String enteredBy) {

	}

	/** Why a tally was refused. */
	public enum Refusal {

		NO_SUCH_BALLOT, NO_SESSION, NOT_YET, CLOSED, UNKNOWN_GROUP, TOO_MANY, RETRY

	}

	/** What came of it. */
	public sealed interface Outcome {

		/** Stored. */
		record Entered(InRoomTally tally) implements Outcome {

		}

		/**
		 * Refused, nothing stored.
		 *
		 * @param refusal what kind
		 * @param field the request field at fault, or {@code null}
		 * @param reason why
		 */
		record Refused(Refusal refusal, String field, String reason) implements Outcome {

		}

	}

}
