package org.gavel.approvals.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Person;
import org.gavel.membership.model.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads an EC item, by its type, where it stands and who asks: every member once it
 * is decided, except a sanction, which stays with the committee, the secretariat and its
 * submitter.
 */
class ItemReadersTest {

	@ParameterizedTest(name = "{0}, {1}, {2} with {3} -> {4}")
	@CsvSource({ "TASK_FORCE, IN_REVIEW, another member, MEMBER, false",
			"TASK_FORCE, IN_REVIEW, an EC member, MEMBER EC_MEMBER, true",
			"TASK_FORCE, APPROVED, another member, MEMBER, true", "TASK_FORCE, REJECTED, another member, MEMBER, true",
			"TASK_FORCE, APPROVED, an applicant, APPLICANT, false",
			"SANCTION, IN_REVIEW, another member, MEMBER, false", "SANCTION, APPROVED, another member, MEMBER, false",
			"SANCTION, REJECTED, another member, MEMBER, false",
			"SANCTION, APPROVED, an EC member, MEMBER EC_MEMBER, true",
			"SANCTION, APPROVED, the secretariat, SECRETARIAT, true",
			"SANCTION, IN_REVIEW, the submitter, GRIEVANCE_PANEL, true",
			"SANCTION, APPROVED, a panel member, GRIEVANCE_PANEL, false" })
	void readers(ItemType type, Status status, String who, String roles, boolean allowed) {
		String username = who.equals("the submitter") ? "gita" : "someone";
		Set<Role> held = EnumSet.noneOf(Role.class);
		Arrays.stream(roles.split(" ")).map(Role::valueOf).forEach(held::add);
		MemberContext viewer = new MemberContext(
				new Person(username, "A", "Person", "a@x", true, held, null, null, false), null, null, List.of());

		assertThat(ItemReaders.mayRead(type, status, "gita", viewer).isAllowed()).isEqualTo(allowed);
	}

}
