package org.gavel.membership.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.gavel.membership.model.Action;
import org.gavel.membership.model.Category;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Organisation;
import org.gavel.membership.model.Person;

/**
 * The member context as pages and the API show it.
 *
 * @param username login name
 * @param name display name
 * @param email e-mail
 * @param roles realm role names
 * @param organisation organisation, or null
 * @param category category, or null
 * @param designatedVoter whether the person is their organisation's designated voter
 * @param ecSeat the category of their Executive Committee seat, or null
 * @param ecChair whether they chair the Executive Committee
 * @param rights every action with its decision
 */
public record MeView(String username, String name, String email, List<String> roles, OrganisationView organisation,
		CategoryView category, boolean designatedVoter, String ecSeat, boolean ecChair, List<Right> rights) {

	static MeView of(MemberContext context) {
		Person person = context.person();
		List<String> roles = person.roles()
			.stream()
			.sorted(Comparator.naturalOrder())
			.map((role) -> role.realmName())
			.toList();
		List<Right> rights = Arrays.stream(Action.values())
			.map((action) -> Right.of(action, context.may(action)))
			.toList();
		return new MeView(person.username(), person.displayName(), person.email(), roles,
				OrganisationView.of(context.organisation()), CategoryView.of(context.category()),
				context.isDesignatedVoter(), person.ecSeat(), person.ecChair(), rights);
	}

	/**
	 * The caller's organisation.
	 *
	 * @param id its identifier in the directory
	 * @param name its name
	 * @param memberClass ordinary or affiliate
	 * @param memberType organisation or individual
	 * @param subChamber its sub-chamber within the category, if the body has them
	 * @param goodStanding whether its dues and duties are in order (no vote otherwise)
	 */
	public record OrganisationView(String id, String name, String memberClass, String memberType, String subChamber,
			boolean goodStanding) {

		static OrganisationView of(Organisation organisation) {
			return (organisation == null) ? null : new OrganisationView(organisation.id(), organisation.name(),
					organisation.memberClass().name().toLowerCase(), organisation.memberType().name().toLowerCase(),
					organisation.subChamber(), organisation.goodStanding());
		}

	}

	/**
	 * The membership category (chamber) of the caller's organisation.
	 *
	 * @param id its identifier, e.g. producers
	 * @param label its name
	 * @param voting whether its members vote in the General Assembly
	 */
	public record CategoryView(String id, String label, boolean voting) {

		static CategoryView of(Category category) {
			return (category == null) ? null : new CategoryView(category.id(), category.label(), category.voting());
		}

	}

	/**
	 * One thing the caller may or may not do.
	 *
	 * @param action the action's name, e.g. VOTE
	 * @param description what it is
	 * @param allowed whether the caller may
	 * @param reason why not, when not
	 */
	public record Right(String action, String description, boolean allowed, String reason) {

		public static Right of(Action action, Decision decision) {
			return new Right(action.name(), action.description(), decision.isAllowed(),
					(decision instanceof Decision.Refused refused) ? refused.reason() : null);
		}

	}

}
