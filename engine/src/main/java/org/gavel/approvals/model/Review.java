package org.gavel.approvals.model;

/**
 * One EC member's response in one round.
 *
 * @param member the member's username
 * @param response what they answered
 * @param reason the objection's reason or the conflict declared; {@code null} with no
 * objection
 */
public record Review(String member, Response response, String reason) {

}
