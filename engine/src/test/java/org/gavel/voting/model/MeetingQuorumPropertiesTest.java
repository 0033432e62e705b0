package org.gavel.voting.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a meeting's quorum always does, whatever the register: each place counts at most
 * once, and one more member present never makes a quorate meeting inquorate.
 */
class MeetingQuorumPropertiesTest {

	@Property
	void nobodyCountsTwiceAndOneMorePresentNeverLosesTheQuorum(@ForAll("registers") Map<String, Attendance> register,
			@ForAll("online") Set<String> votedOnline, @ForAll boolean countsOnline, @ForAll boolean countsProxies) {
		Quorum quorum = MeetingQuorumTest.quorum(countsProxies ? "IN_ROOM PROXIES" : "IN_ROOM", countsOnline,
				Quorum.Scope.OVERALL);
		List<Elector> roll = MeetingQuorumTest.ROLL;

		long counted = roll.stream().filter((e) -> MeetingQuorum.counts(e, quorum, register, votedOnline)).count();
		assertThat(counted).isLessThanOrEqualTo(roll.size());
		boolean met = MeetingQuorum.check("M", quorum, roll, register, votedOnline).get(0).met();
		for (Elector elector : roll) {
			Map<String, Attendance> more = new HashMap<>(register);
			more.put(elector.place(), new Attendance(elector.place(), Attendance.Presence.PRESENT, null));
			if (met) {
				assertThat(MeetingQuorum.check("M", quorum, roll, more, votedOnline).get(0).met())
					.as("with " + elector.id() + " present too")
					.isTrue();
			}
		}
	}

	@Provide
	Arbitrary<Map<String, Attendance>> registers() {
		return Arbitraries.of(MeetingQuorumTest.ROLL.stream().map(Elector::place).toList())
			.set()
			.flatMap((places) -> Arbitraries.of(Attendance.Presence.class).list().ofSize(places.size()).map((ways) -> {
				Map<String, Attendance> register = new HashMap<>();
				int i = 0;
				for (String place : places) {
					register.put(place, new Attendance(place, ways.get(i++), null));
				}
				return register;
			}));
	}

	@Provide
	Arbitrary<Set<String>> online() {
		return Arbitraries.of(MeetingQuorumTest.ROLL.stream().map(Elector::id).toList()).set();
	}

}
