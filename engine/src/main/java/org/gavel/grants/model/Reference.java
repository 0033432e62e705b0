package org.gavel.grants.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference of an RFP ({@code RFP-2027-03}) or of a proposal
 * ({@code RFP-2027-03-P007}): what people quote in mails and letters and what the
 * processes' business keys are.
 *
 * @param year the year of the RFP's drafting
 * @param rfp its number in that year, from 1
 * @param proposal the proposal's number within the RFP, from 1; 0 for the RFP itself
 */
public record Reference(int year, int rfp, int proposal) {

	private static final Pattern FORMAT = Pattern.compile("RFP-(\\d{4})-(\\d{2,})(?:-P(\\d{3,}))?");

	/**
	 * An RFP's reference.
	 * @param year the year
	 * @param number its number in the year
	 * @return the reference
	 */
	public static Reference ofRfp(int year, int number) {
		return new Reference(year, number, 0);
	}

	/**
	 * The reference of one of this RFP's proposals.
	 * @param number the proposal's number in the RFP
	 * @return the reference
	 */
	public Reference proposal(int number) {
		return new Reference(this.year, this.rfp, number);
	}

	/**
	 * The RFP a proposal's reference belongs to.
	 * @return the RFP's reference
	 */
	public Reference call() {
		return new Reference(this.year, this.rfp, 0);
	}

	/**
	 * Reads a reference as typed in a path.
	 * @param text e.g. {@code RFP-2027-03}
	 * @return the reference, or empty when it is not one
	 */
	public static Optional<Reference> parse(String text) {
		Matcher matcher = FORMAT.matcher((text != null) ? text : "");
		if (!matcher.matches()) {
			return Optional.empty();
		}
		return Optional.of(new Reference(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
				(matcher.group(3) != null) ? Integer.parseInt(matcher.group(3)) : 0));
	}

	@Override
	public String toString() {
		String call = String.format("RFP-%d-%02d", this.year, this.rfp);
		return (this.proposal == 0) ? call : call + String.format("-P%03d", this.proposal);
	}

}
