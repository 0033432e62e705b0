package org.gavel.voting;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Receipt codes: 96 random bits, shown in groups of four, e.g. {@code 3F9A-0C41-...}.
 */
final class Receipts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private Receipts() {
	}

	static String next() {
		byte[] bits = new byte[12];
		RANDOM.nextBytes(bits);
		String hex = HexFormat.of().withUpperCase().formatHex(bits);
		return String.join("-", hex.split("(?<=\\G.{4})"));
	}

	/**
	 * A receipt however a person typed it: in any case, with or without dashes, with
	 * spaces, and with the letters O, I and L read as the digits they look like (a
	 * receipt holds only 0-9 and A-F).
	 * @param typed what was typed
	 * @return the receipt as issued, e.g. {@code 3F9A-0C41-...}; what was typed, in
	 * capitals, when it cannot be one
	 */
	static String canonical(String typed) {
		String upper = typed.strip().toUpperCase(Locale.ROOT);
		String hex = upper.replace('O', '0')
			.replace('I', '1')
			.replace('L', '1')
			.replaceAll("[\\s\\-\\u2010-\\u2015\\u2212._]", "");
		if (!hex.matches("[0-9A-F]{24}")) {
			return upper;
		}
		return String.join("-", hex.split("(?<=\\G.{4})"));
	}

}
