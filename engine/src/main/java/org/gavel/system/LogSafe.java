package org.gavel.system;

import java.util.regex.Pattern;

/**
 * Makes a value that came from input safe to put in a log line: line breaks and other
 * control characters are shown escaped ({@code \n}, {@code \u001b}), so input cannot
 * forge a line of its own, and a long value is cut.
 */
public final class LogSafe {

	private static final int MAX = 300;

	private LogSafe() {
	}

	private static final Pattern TOKEN = Pattern
		.compile("gvl_[A-Za-z0-9_-]*|eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*|[A-Za-z0-9+/_-]{40,}={0,2}");

	/**
	 * A message fit for one log line with anything that looks like a credential (a JSON
	 * Web Token, a personal API token, a long random string) replaced by
	 * {@code [credential]}: for messages that come from libraries, which may quote what
	 * they refused.
	 * @param message the message
	 * @return the message, safe to log
	 */
	public static String withoutCredentials(Object message) {
		return text(TOKEN.matcher(String.valueOf(message)).replaceAll("[credential]"));
	}

	/**
	 * A value fit for one log line.
	 * @param value anything, {@code null} included
	 * @return the value with control characters escaped, at most 300 characters long
	 */
	public static String text(Object value) {
		if (value == null) {
			return "null";
		}
		String text = value.toString();
		StringBuilder safe = new StringBuilder(Math.min(text.length(), MAX) + 16);
		for (int i = 0; i < text.length() && safe.length() < MAX; i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\n' -> safe.append("\\n");
				case '\r' -> safe.append("\\r");
				case '\t' -> safe.append("\\t");
				default -> {
					if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
						safe.append("\\u%04x".formatted((int) c));
					}
					else {
						safe.append(c);
					}
				}
			}
		}
		if (safe.length() >= MAX && text.length() > MAX) {
			safe.append("…");
		}
		return safe.toString();
	}

}
