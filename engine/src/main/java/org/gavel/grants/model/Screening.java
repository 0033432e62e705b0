package org.gavel.grants.model;

/**
 * The eligibility table's answer for a proposal.
 *
 * @param eligible whether it is eligible
 * @param reason why, in words an applicant reads
 */
public record Screening(boolean eligible, String reason) {

}
