package org.gavel.grievances.model;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * The secret that lets a complainant without an account follow their case: 100 random
 * bits as 20 letters and digits in groups of four ({@code K7QM-2XHD-…}), from an alphabet
 * without look-alikes. Shown once; only its hash is kept.
 */
public final class FollowUpToken {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ0123456789";

	private static final int LENGTH = 20;

	private static final SecureRandom RANDOM = new SecureRandom();

	private FollowUpToken() {
	}

	/**
	 * A new token.
	 * @return e.g. {@code K7QM-2XHD-9PWA-TZ3N-E5RB}
	 */
	public static String generate() {
		StringBuilder token = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				token.append('-');
			}
			token.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return token.toString();
	}

	/**
	 * The token as it is hashed and compared: upper case, without the spaces and dashes a
	 * person may type or leave out, and with the letters O, I and L read as the digits
	 * they look like.
	 * @param typed what was typed
	 * @return the normalised token, empty if nothing was typed
	 */
	public static String normalise(String typed) {
		if (typed == null) {
			return "";
		}
		StringBuilder token = new StringBuilder();
		for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
			if (c == 'O') {
				token.append('0');
			}
			else if (c == 'I' || c == 'L') {
				token.append('1');
			}
			else if (Character.isLetterOrDigit(c)) {
				token.append(c);
			}
		}
		return token.toString();
	}

}
