package org.gavel.resolutions.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads a resolution, by where it stands and who asks.
 */
class ResolutionReadersTest {

	@ParameterizedTest(name = "{0}, {1} with {2} -> {3}")
	@CsvSource({ "DRAFT, the proposer, MEMBER, true", "DRAFT, an invited co-sponsor, MEMBER, true",
			"DRAFT, another member, MEMBER, false", "DRAFT, an EC member, MEMBER EC_MEMBER, false",
			"DRAFT, the secretariat, SECRETARIAT, true", "SUBMITTED, another member, MEMBER, false",
			"RETURNED, the proposer, MEMBER, true", "ADMITTED, another member, MEMBER, false",
			"EC_POSITION, an EC member, MEMBER EC_MEMBER, true", "EC_POSITION, another member, MEMBER, false",
			"PUBLISHED, another member, MEMBER, true", "VOTING, another member, MEMBER, true",
			"ADOPTED, another member, MEMBER, true", "NOT_ADOPTED, another member, MEMBER, true",
			"ADOPTED, an applicant, APPLICANT, false", "PUBLISHED, an evaluator, EVALUATOR, false",
			"INADMISSIBLE, another member, MEMBER, false", "INADMISSIBLE, an invited co-sponsor, MEMBER, true",
			"LATE, another member, MEMBER, false", "LATE, the secretariat, SECRETARIAT, true" })
	void readers(ResolutionStatus status, String who, String roles, boolean allowed) {
		String username = switch (who) {
			case "the proposer" -> "pia";
			case "an invited co-sponsor" -> "carl";
			default -> "someone";
		};
		Set<Role> held = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(" ")).map(Role::valueOf).forEach(held::add);
		MemberContext viewer = new MemberContext(
				new Person(username, "A", "Person", "a@x", true, held, null, null, false), null, null, List.of());

		assertThat(ResolutionReaders.mayRead(resolution(status), List.of("carl"), viewer).isAllowed())
			.isEqualTo(allowed);
	}

	private static Resolution resolution(ResolutionStatus status) {
		return new Resolution(UUID.randomUUID(), UUID.randomUUID(), null, "A title", ResolutionType.ORDINARY, "Why",
				"What", "pia", "an-org", null, status, 1, null, null, null, null, null, null, null, Instant.now());
	}

}
