package org.gavel.voting.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether a meeting is validly constituted: its quorum counted once, from its attendance
 * register, under a rule set whose quorum is counted for the meeting
 * ({@link Quorum.Level#MEETING}). A place counts when it is present (if the rule counts
 * {@code IN_ROOM}), represented (if it counts {@code PROXIES}) or, unless the rule says
 * {@code online: false}, when its voter voted online in advance; each place counts once.
 */
public final class MeetingQuorum {

	private MeetingQuorum() {
	}

	/**
	 * Checks a meeting's quorum against a ballot's roll.
	 * @param meeting the meeting's name, for the explanation
	 * @param quorum the rule set's quorum, counted for the meeting
	 * @param roll the ballot's frozen roll
	 * @param register the meeting's attendance register, by place
	 * @param votedOnline the electors (by id) who voted online in advance
	 * @return one check overall, or one per chamber
	 */
	public static List<Check> check(String meeting, Quorum quorum, List<Elector> roll, Map<String, Attendance> register,
			Set<String> votedOnline) {
		if (quorum.scope() == Quorum.Scope.OVERALL) {
			return List.of(checkOf("Meeting quorum of " + meeting, quorum, roll, register, votedOnline));
		}
		Map<String, List<Elector>> byChamber = new TreeMap<>();
		roll.forEach((elector) -> byChamber.computeIfAbsent(elector.chamber(), (c) -> new ArrayList<>()).add(elector));
		List<Check> checks = new ArrayList<>();
		byChamber.forEach((chamber, electors) -> checks
			.add(checkOf("Meeting quorum of " + meeting + " in " + chamber, quorum, electors, register, votedOnline)));
		return checks;
	}

	/**
	 * Whether an elector takes part in the meeting, as its quorum counts.
	 * @param elector the elector
	 * @param quorum the quorum
	 * @param register the attendance register
	 * @param votedOnline who voted online in advance
	 * @return whether they count
	 */
	static boolean counts(Elector elector, Quorum quorum, Map<String, Attendance> register, Set<String> votedOnline) {
		Attendance attendance = register.get(placeOf(elector));
		if (attendance != null && attendance.presence() == Attendance.Presence.PRESENT
				&& quorum.counting().contains(Quorum.Counting.IN_ROOM)) {
			return true;
		}
		if (attendance != null && attendance.presence() == Attendance.Presence.REPRESENTED
				&& quorum.counting().contains(Quorum.Counting.PROXIES)) {
			return true;
		}
		return quorum.online() && votedOnline.contains(elector.id());
	}

	/**
	 * The key an elector's line in the register has.
	 * @param elector the elector
	 * @return the organisation whose place it is, else the person
	 */
	public static String placeOf(Elector elector) {
		return (elector.place() != null) ? elector.place() : elector.id();
	}

	private static Check checkOf(String subject, Quorum quorum, List<Elector> electors,
			Map<String, Attendance> register, Set<String> votedOnline) {
		long took = electors.stream().filter((elector) -> counts(elector, quorum, register, votedOnline)).count();
		Share share = electors.isEmpty() ? Share.ZERO : Share.of((int) took, electors.size());
		return Check.of(subject + ", " + took + " of " + electors.size() + " " + who(quorum), share,
				quorum.comparison(), quorum.threshold(), "of the roll");
	}

	private static String who(Quorum quorum) {
		List<String> ways = new ArrayList<>();
		if (quorum.counting().contains(Quorum.Counting.IN_ROOM)) {
			ways.add("present");
		}
		if (quorum.counting().contains(Quorum.Counting.PROXIES)) {
			ways.add("represented");
		}
		if (quorum.online()) {
			ways.add("voted online in advance");
		}
		return (ways.size() == 1) ? ways.get(0)
				: String.join(", ", ways.subList(0, ways.size() - 1)) + " or " + ways.get(ways.size() - 1);
	}

}
