package org.gavel.grants.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the eligibility table ({@code processes/proposal-eligibility.dmn}) is asked of a
 * submitted proposal: whether it meets each of the RFP's eligibility rules. The table,
 * not this class, decides what follows from them, so that a body changes its rules in the
 * table.
 *
 * @param countryAllowed the work is in one of the RFP's countries, or the RFP names none
 * @param typeAllowed the organisation is of a kind the RFP is open to, or it names none
 * @param memberRuleMet the RFP is open to anyone, or the applicant's organisation is a
 * member
 */
public record Eligibility(boolean countryAllowed, boolean typeAllowed, boolean memberRuleMet) {

	/**
	 * Checks a proposal against its RFP's rules.
	 * @param rfp the RFP
	 * @param application the proposal
	 * @param member whether the applicant speaks for a member organisation
	 * @return the answers
	 */
	public static Eligibility of(Rfp rfp, Proposal.Application application, boolean member) {
		return new Eligibility(rfp.countries().isEmpty() || rfp.countries().contains(application.country()),
				rfp.organisationTypes().isEmpty()
						|| rfp.organisationTypes().contains(application.organisationType().value()),
				!rfp.membersOnly() || member);
	}

	/**
	 * The table's inputs, by the names its input expressions use.
	 * @return the variables
	 */
	public Map<String, Object> variables() {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("countryAllowed", this.countryAllowed);
		variables.put("typeAllowed", this.typeAllowed);
		variables.put("memberRuleMet", this.memberRuleMet);
		return variables;
	}

}
