package org.gavel.membership.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class MemberContextTest {

	private final Membership membership = Personas.membership();

	@ParameterizedTest(name = "{0} may {1}: {2}")
	@CsvSource(delimiter = '|',
			textBlock = """
					gina  | VOTE_IN_GENERAL_ASSEMBLY    | allowed
					gina  | SUBMIT_RESOLUTION           | allowed
					gina  | CO_SPONSOR_RESOLUTION       | allowed
					gina  | VOTE_IN_EXECUTIVE_COMMITTEE | allowed
					gina  | CHAIR_EXECUTIVE_COMMITTEE   | Gina Tester does not chair the Executive Committee.
					gina  | RUN_SECRETARIAT             | Only the secretariat may do this.
					lena  | VOTE_IN_GENERAL_ASSEMBLY    | Lapsed Latex is not a member in good standing.
					lena  | COMMENT_ON_RESOLUTION       | allowed
					rita  | CHAIR_EXECUTIVE_COMMITTEE   | allowed
					tom   | VOTE_IN_GENERAL_ASSEMBLY    | Twin Voices has 2 designated voting representatives; the secretariat must designate exactly one.
					wally | VOTE_IN_GENERAL_ASSEMBLY    | Watchers belongs to no voting category.
					stan  | VOTE_IN_GENERAL_ASSEMBLY    | Stan Tester is not the designated voting representative of Rubber Watch; Rita Tester is.
					stan  | COMMENT_ON_RESOLUTION       | allowed
					stan  | VOTE_IN_EXECUTIVE_COMMITTEE | Stan Tester holds no Executive Committee seat.
					andy  | VOTE_IN_GENERAL_ASSEMBLY    | Agronomy Institute is an affiliate member; affiliates do not vote.
					andy  | COMMENT_ON_RESOLUTION       | allowed
					nina  | VOTE_IN_GENERAL_ASSEMBLY    | Nina Tester belongs to no member organisation.
					nina  | COMMENT_ON_RESOLUTION       | Nina Tester belongs to no member organisation.
					sue   | RUN_SECRETARIAT             | allowed
					sue   | VOTE_IN_GENERAL_ASSEMBLY    | Sue Tester belongs to no member organisation.
					scot  | SIGN_OFF_RESULTS            | allowed
					scot  | RUN_SECRETARIAT             | Only the secretariat may do this.
					wes   | DRAFT_TERMS_OF_REFERENCE    | allowed
					eve   | SCORE_PROPOSALS             | allowed
					eve   | DECIDE_GRIEVANCES           | Only the grievance panel may do this.
					paul  | DECIDE_GRIEVANCES           | allowed
					amy   | SUBMIT_PROPOSAL             | allowed
					amy   | SCORE_PROPOSALS             | Only evaluators may do this.
					dora  | VOTE_IN_GENERAL_ASSEMBLY    | The account of Dora Gone is disabled.
					dora  | COMMENT_ON_RESOLUTION       | The account of Dora Gone is disabled.
					""")
	void decidesWhatEachPersonaMayDo(String username, Action action, String expected) {
		Decision decision = this.membership.contextOf(username).orElseThrow().may(action);

		if ("allowed".equals(expected)) {
			assertThat(decision).isEqualTo(Decision.allowed());
		}
		else {
			assertThat(decision).isEqualTo(Decision.refused(expected));
		}
	}

	@Test
	void aDisabledRepresentativeDoesNotBlockTheDesignationOfAnother() {
		assertThat(this.membership.designatedVotersOf("silent-partners")).isEmpty();
	}

	@Test
	void knowsTheDesignatedVoterOnlyWhenThereIsExactlyOne() {
		assertThat(this.membership.contextOf("gina").orElseThrow().isDesignatedVoter()).isTrue();
		assertThat(this.membership.contextOf("tom").orElseThrow().isDesignatedVoter()).isFalse();
		assertThat(this.membership.contextOf("lena").orElseThrow().isDesignatedVoter()).isTrue();
	}

	@Test
	void hasNoContextForAnUnknownUsername() {
		assertThat(this.membership.contextOf("nobody")).isEmpty();
	}

}
