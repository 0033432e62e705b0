package org.gavel.system;

/**
 * A line or two the start-up report prints for the person who started Gavel, such as how
 * to sign in.
 */
@FunctionalInterface
public interface StartupHint {

	String text();

}
