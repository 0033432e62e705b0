package org.gavel.voting.model;

/**
 * One voter of a frozen roll, as the count sees them.
 *
 * @param id the voter (or, in a secret ballot, an opaque id)
 * @param chamber the chamber
 * @param subChamber the sub-chamber, or {@code null}
 * @param memberType {@code organisation}, {@code individual}, or {@code null}
 */
public record Elector(String id, String chamber, String subChamber, String memberType) {

}
