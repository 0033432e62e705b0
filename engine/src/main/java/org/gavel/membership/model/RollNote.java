package org.gavel.membership.model;

/**
 * Why someone is not on a roll, or what the secretariat should know about it.
 *
 * @param subject the organisation, person or category concerned
 * @param note the explanation
 */
public record RollNote(String subject, String note) {

}
