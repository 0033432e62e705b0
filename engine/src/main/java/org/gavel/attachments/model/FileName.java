package org.gavel.attachments.model;

import java.util.regex.Pattern;

import org.gavel.system.Outcome;

/**
 * The name a file is uploaded with, kept only as a label: it never becomes a path and
 * never decides the file's type.
 */
public final class FileName {

	private static final Pattern UNSAFE = Pattern.compile("[\\p{Cntrl}/\\\\\"]");

	private FileName() {
	}

	/**
	 * Checks an uploaded file's name.
	 * @param name the name as sent, possibly with a client's path
	 * @return the last part of the name, stripped, or the refusal
	 */
	public static Outcome<String> check(String name) {
		if (name == null || name.isBlank()) {
			return Outcome.refused("file", "the file has no name");
		}
		String last = name.strip().replaceAll("^.*[/\\\\]", "");
		if (last.isEmpty() || last.length() > 200 || UNSAFE.matcher(last).find() || last.startsWith(".")) {
			return Outcome.refused("file", "give the file a plain name of up to 200 characters");
		}
		return Outcome.accepted(last);
	}

}
