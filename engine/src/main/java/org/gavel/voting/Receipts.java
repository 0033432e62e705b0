package org.gavel.voting;

import java.security.SecureRandom;
import java.util.HexFormat;

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

}
