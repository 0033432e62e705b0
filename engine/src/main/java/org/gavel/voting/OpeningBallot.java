package org.gavel.voting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.membership.ReadingElectoralRolls;
import org.gavel.system.Outcome;
import org.gavel.voting.model.Ballot;
import org.gavel.voting.model.Elector;
import org.gavel.voting.model.Quorum;
import org.gavel.voting.model.RuleSet;
import org.gavel.voting.persistence.Ballots;
import org.gavel.voting.persistence.Meetings;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates a ballot on a stored electoral roll, freezing the rule set's exact version and
 * text ({@code VOTING-010}).
 */
@Service
public class OpeningBallot {

	/** The most options a ballot between options may have. */
	public static final int MAX_OPTIONS = 20;

	private final RuleSets ruleSets;

	private final Ballots ballots;

	private final ReadingElectoralRolls rolls;

	private final Clock clock;

	private final Meetings meetings;

	OpeningBallot(RuleSets ruleSets, Ballots ballots, ReadingElectoralRolls rolls, Meetings meetings, Clock clock) {
		this.meetings = meetings;
		this.ruleSets = ruleSets;
		this.ballots = ballots;
		this.rolls = rolls;
		this.clock = clock;
	}

	/**
	 * Checks a ballot could be opened, without storing anything.
	 * @param command the ballot
	 * @return the command accepted, or why it would be refused
	 */
	@Transactional(readOnly = true)
	public Outcome<OpenBallot> check(OpenBallot command) {
		if (rules(command) == null) {
			return Outcome.refused("ruleSet", "no rule set '" + command.ruleSet() + "'"
					+ ((command.ruleSetVersion() != null) ? " version " + command.ruleSetVersion() : ""));
		}
		String options = optionsRefusal(command);
		if (options != null) {
			return Outcome.refused("options", options);
		}
		if (!command.closesAt().isAfter(command.opensAt())) {
			return Outcome.refused("closesAt", "must be after opensAt");
		}
		Instant now = this.clock.instant();
		if (!command.heldOnPaper() && !command.closesAt().isAfter(now)) {
			return Outcome.refused("closesAt", "must be in the future: nobody could vote in a window that has passed. "
					+ "To enter the result of a vote already held on paper, declare it held on paper (heldOnPaper).");
		}
		if (command.heldOnPaper() && command.closesAt().isAfter(now)) {
			return Outcome.refused("closesAt",
					"must be in the past: a vote held on paper is entered after it was held, with the time it ended");
		}
		if (command.meetingId() != null && this.meetings.find(command.meetingId()).isEmpty()) {
			return Outcome.refused("meetingId", "no meeting " + command.meetingId());
		}
		Quorum quorum = rules(command).quorum();
		if (quorum != null && quorum.level() == Quorum.Level.MEETING && command.meetingId() == null) {
			return Outcome.refused("meetingId",
					"rule set " + command.ruleSet() + " counts quorum once for the meeting, "
							+ "from its attendance register: choose the meeting this ballot is voted in");
		}
		var roll = this.rolls.find(command.rollId()).orElse(null);
		if (roll == null) {
			return Outcome.refused("rollId", "no electoral roll " + command.rollId());
		}
		// a count with no votes yet: the rule set must be able to count every member of
		// the roll
		return rules(command).canCount(electors(roll).values().stream().toList()).map((rules) -> command);
	}

	/** Why a ballot's options cannot be put to a vote, or {@code null} when they can. */
	private static String optionsRefusal(OpenBallot command) {
		List<String> options = command.options();
		if (options.isEmpty()) {
			return null;
		}
		if (options.size() < 2 || options.size() > MAX_OPTIONS) {
			return "a ballot between options has 2 to " + MAX_OPTIONS + " of them; leave them out for a motion "
					+ "(for, against, abstain)";
		}
		for (int i = 0; i < options.size(); i++) {
			String option = options.get(i);
			if (option == null || option.isBlank()) {
				return "option " + (i + 1) + " is empty";
			}
			if (option.lines().count() > 1) {
				return "option " + (i + 1) + " holds a line break; each option is one line";
			}
			if (option.length() > 200) {
				return "option " + (i + 1) + " is longer than 200 characters";
			}
			if (options.subList(0, i)
				.stream()
				.anyMatch((earlier) -> earlier.strip().equalsIgnoreCase(option.strip()))) {
				return "option " + (i + 1) + " repeats an earlier one: '" + option.strip() + "'";
			}
		}
		if (command.inRoomSession()) {
			return "a ballot between options is voted online (or on paper ballots the secretariat records, where the "
					+ "rule set takes them); room counts and votes held on paper are entered for, against or abstain, "
					+ "so they are for motions";
		}
		return null;
	}

	private static Map<String, Elector> electors(ReadingElectoralRolls.RollWithChanges roll) {
		Map<String, Elector> electors = new LinkedHashMap<>();
		roll.roll()
			.entries()
			.forEach((entry) -> electors.put(entry.voter(), new Elector(entry.voter(), entry.category(),
					entry.subChamber(), entry.memberType().name().toLowerCase(), roll.roll().placeOf(entry))));
		return electors;
	}

	private RuleSet rules(OpenBallot command) {
		return ((command.ruleSetVersion() != null) ? this.ruleSets.find(command.ruleSet(), command.ruleSetVersion())
				: this.ruleSets.latest(command.ruleSet()))
			.orElse(null);
	}

	/**
	 * Opens a ballot.
	 * @param command the ballot
	 * @return the ballot stored, or why not (nothing stored)
	 */
	@Transactional
	public Outcome<Ballot> open(OpenBallot command) {
		return check(command).map(this::store);
	}

	private Ballot store(OpenBallot command) {
		RuleSet rules = rules(command);
		var roll = this.rolls.find(command.rollId()).orElseThrow();
		Map<String, Elector> electors = electors(roll);
		Ballot ballot = new Ballot(UUID.randomUUID(), command.title(), rules, command.rollId(), electors,
				command.opensAt(), command.closesAt(), command.zone(), command.inRoomSession(), command.heldOnPaper(),
				Ballot.CHAIN_VERSION, command.question(), command.meetingId(),
				command.options().stream().map(String::strip).toList());
		this.ballots.add(ballot, this.ruleSets.source(rules), command.openedBy(), this.clock.instant());
		VotingLog.BALLOT_CREATED.log(ballot.id(), rules.name(), rules.version(), electors.size(), ballot.opensAt(),
				ballot.closesAt());
		return ballot;
	}

	/**
	 * Open a ballot.
	 *
	 * @param title what is voted on
	 * @param ruleSet the rule set's name
	 * @param ruleSetVersion its version, or {@code null} for the latest
	 * @param rollId the electoral roll
	 * @param opensAt when voting opens
	 * @param closesAt when it closes
	 * @param zone the time zone of the deadlines
	 * @param inRoomSession whether an in-room session follows the online window (always,
	 * when held on paper: its tallies are the vote's figures)
	 * @param heldOnPaper whether it records a vote already held on paper, between
	 * {@code opensAt} and {@code closesAt} in the past: nobody votes online, the
	 * secretariat enters the figures, the certificate says so
	 * @param openedBy who opens it
	 * @param question the question or text voted on, or {@code null} when the ballot's
	 * subject shows it
	 * @param meetingId the meeting it is voted in, or {@code null}; required where the
	 * rule set counts quorum for the meeting
	 * @param options the options of a ballot between options, in their order; empty for a
	 * motion
	 */
	public record OpenBallot(String title, String ruleSet, Integer ruleSetVersion, UUID rollId, Instant opensAt,
			Instant closesAt, ZoneId zone, boolean inRoomSession, boolean heldOnPaper, String openedBy, String question,
			UUID meetingId, List<String> options) {

		/**
		 * A motion, for, against or abstain.
		 * @param title what is voted on
		 * @param ruleSet the rule set's name
		 * @param ruleSetVersion its version, or {@code null} for the latest
		 * @param rollId the electoral roll
		 * @param opensAt when voting opens
		 * @param closesAt when it closes
		 * @param zone the time zone of the deadlines
		 * @param inRoomSession whether an in-room session follows the online window
		 * @param heldOnPaper whether it records a vote already held on paper
		 * @param openedBy who opens it
		 * @param question the question or text voted on
		 * @param meetingId the meeting it is voted in, or {@code null}
		 */
		public OpenBallot(String title, String ruleSet, Integer ruleSetVersion, UUID rollId, Instant opensAt,
				Instant closesAt, ZoneId zone, boolean inRoomSession, boolean heldOnPaper, String openedBy,
				String question, UUID meetingId) {
			this(title, ruleSet, ruleSetVersion, rollId, opensAt, closesAt, zone, inRoomSession, heldOnPaper, openedBy,
					question, meetingId, List.of());
		}

		/**
		 * A ballot of no meeting.
		 * @param title what is voted on
		 * @param ruleSet the rule set's name
		 * @param ruleSetVersion its version, or {@code null} for the latest
		 * @param rollId the electoral roll
		 * @param opensAt when voting opens
		 * @param closesAt when it closes
		 * @param zone the time zone of the deadlines
		 * @param inRoomSession whether an in-room session follows the online window
		 * @param heldOnPaper whether it records a vote already held on paper
		 * @param openedBy who opens it
		 * @param question the question or text voted on
		 */
		public OpenBallot(String title, String ruleSet, Integer ruleSetVersion, UUID rollId, Instant opensAt,
				Instant closesAt, ZoneId zone, boolean inRoomSession, boolean heldOnPaper, String openedBy,
				String question) {
			this(title, ruleSet, ruleSetVersion, rollId, opensAt, closesAt, zone, inRoomSession, heldOnPaper, openedBy,
					question, null);
		}

		public OpenBallot {
			inRoomSession = inRoomSession || heldOnPaper;
			options = (options != null) ? Collections.unmodifiableList(new ArrayList<>(options)) : List.of();
		}

		/**
		 * A ballot voted online.
		 * @param title what is voted on
		 * @param ruleSet the rule set's name
		 * @param ruleSetVersion its version, or {@code null} for the latest
		 * @param rollId the electoral roll
		 * @param opensAt when voting opens
		 * @param closesAt when it closes, in the future
		 * @param zone the time zone of the deadlines
		 * @param inRoomSession whether an in-room session follows the online window
		 * @param openedBy who opens it
		 */
		public OpenBallot(String title, String ruleSet, Integer ruleSetVersion, UUID rollId, Instant opensAt,
				Instant closesAt, ZoneId zone, boolean inRoomSession, String openedBy) {
			this(title, ruleSet, ruleSetVersion, rollId, opensAt, closesAt, zone, inRoomSession, false, openedBy, null);
		}

	}

}
