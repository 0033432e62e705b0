package org.gavel.membership.model;

import java.util.List;

/**
 * A person as Gavel sees them: their organisation, its category and standing, and their
 * roles. Every "may this person do X" question is answered here, by {@link #may(Action)}.
 *
 * @param person the person
 * @param organisation their member organisation, or {@code null}
 * @param category the organisation's category, or {@code null}
 * @param designatedVoters the enabled voting representatives of the organisation (one,
 * when all is well)
 */
public record MemberContext(Person person, Organisation organisation, Category category,
		List<Person> designatedVoters) {

	public MemberContext {
		designatedVoters = List.copyOf(designatedVoters);
	}

	/**
	 * Whether this person is the one designated voter of an organisation, whatever its
	 * standing.
	 * @return true for the sole enabled voting representative of their organisation
	 */
	public boolean isDesignatedVoter() {
		return this.person.enabled() && this.person.holds(Role.VOTING_REPRESENTATIVE) && this.organisation != null
				&& this.designatedVoters.size() == 1
				&& this.designatedVoters.get(0).username().equals(this.person.username());
	}

	/**
	 * Decides whether this person may do something.
	 * @param action what they want to do
	 * @return allowed, or refused with the reason
	 */
	public Decision may(Action action) {
		if (!this.person.enabled()) {
			return Decision.refused("The account of " + this.person.displayName() + " is disabled.");
		}
		return switch (action) {
			case VOTE_IN_GENERAL_ASSEMBLY, SUBMIT_RESOLUTION, CO_SPONSOR_RESOLUTION -> speaksForAVotingMember();
			case COMMENT_ON_RESOLUTION -> belongsToAMember();
			case VOTE_IN_EXECUTIVE_COMMITTEE -> holdsAnEcSeat();
			case CHAIR_EXECUTIVE_COMMITTEE -> this.person.ecChair() ? holdsAnEcSeat()
					: Decision.refused(this.person.displayName() + " does not chair the Executive Committee.");
			case DRAFT_TERMS_OF_REFERENCE -> requires(Role.WG_CHAIR, "working-group chairs");
			case RUN_SECRETARIAT -> requires(Role.SECRETARIAT, "the secretariat");
			case SIGN_OFF_RESULTS -> requires(Role.SCRUTINEER, "scrutineers");
			case SCORE_PROPOSALS -> requires(Role.EVALUATOR, "evaluators");
			case SUBMIT_PROPOSAL -> requires(Role.APPLICANT, "applicants");
			case DECIDE_GRIEVANCES -> requires(Role.GRIEVANCE_PANEL, "the grievance panel");
		};
	}

	/**
	 * Whether this person speaks for a voting member, and if not the true reason, from
	 * the organisation outwards: none, an affiliate, no voting category, not in good
	 * standing; then whether this person is its designated voter, and who is.
	 */
	private Decision speaksForAVotingMember() {
		if (this.organisation == null) {
			return Decision.refused(this.person.displayName() + " belongs to no member organisation.");
		}
		String name = this.organisation.name();
		if (this.organisation.memberClass() != MemberClass.ORDINARY) {
			return Decision.refused(name + " is an affiliate member; affiliates do not vote.");
		}
		if (this.category == null || !this.category.voting()) {
			return Decision.refused(name + " belongs to no voting category.");
		}
		if (!this.organisation.goodStanding()) {
			return Decision.refused(name + " is not a member in good standing.");
		}
		if (!this.person.holds(Role.VOTING_REPRESENTATIVE)) {
			return Decision.refused(this.person.displayName() + " is not the designated voting representative of "
					+ name + switch (this.designatedVoters.size()) {
						case 0 -> "; it has none, and the secretariat designates one.";
						case 1 -> "; " + this.designatedVoters.get(0).displayName() + " is.";
						default -> "; it has " + this.designatedVoters.size()
								+ ", and the secretariat must designate exactly one.";
					});
		}
		if (!isDesignatedVoter()) {
			return Decision.refused(name + " has " + this.designatedVoters.size()
					+ " designated voting representatives; the secretariat must designate exactly one.");
		}
		return Decision.allowed();
	}

	private Decision belongsToAMember() {
		if (this.person.holds(Role.MEMBER) && this.organisation != null) {
			return Decision.allowed();
		}
		return Decision.refused(this.person.displayName() + " belongs to no member organisation.");
	}

	private Decision holdsAnEcSeat() {
		if (this.person.holds(Role.EC_MEMBER) && this.person.ecSeat() != null) {
			return Decision.allowed();
		}
		return Decision.refused(this.person.displayName() + " holds no Executive Committee seat.");
	}

	private Decision requires(Role role, String who) {
		return this.person.holds(role) ? Decision.allowed() : Decision.refused("Only " + who + " may do this.");
	}

}
