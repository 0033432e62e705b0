package org.gavel.grievances.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A grievance's case number, e.g. {@code GR-2027-0007}: the year it was filed and its
 * place in that year. Numbers are public (the register shows them); the follow-up token
 * is the secret.
 *
 * @param year the year it was filed, in the secretariat's zone
 * @param sequence its place in that year, from 1
 */
public record CaseNumber(int year, int sequence) {

	private static final Pattern FORM = Pattern.compile("GR-(\\d{4})-(\\d{4,6})");

	public CaseNumber {
		if (year < 2000 || year > 9999 || sequence < 1 || sequence > 999_999) {
			throw new IllegalArgumentException("no case number " + year + "/" + sequence);
		}
	}

	/**
	 * Reads a case number as a person types it: case and surrounding spaces do not
	 * matter.
	 * @param text e.g. {@code gr-2027-0007}
	 * @return the number, or empty if it is not one
	 */
	public static Optional<CaseNumber> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		Matcher matcher = FORM.matcher(text.strip().toUpperCase(Locale.ROOT));
		if (!matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		int sequence = Integer.parseInt(matcher.group(2));
		return (year >= 2000 && sequence >= 1) ? Optional.of(new CaseNumber(year, sequence)) : Optional.empty();
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "GR-%d-%04d", this.year, this.sequence);
	}

}
