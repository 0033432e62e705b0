package org.gavel.voting.model;

/**
 * One condition of the count, checked, with its explanation in plain language, e.g.
 * "Civil society: 61.5 % in favour, counting votes for and against; at least 50 %
 * required: met".
 *
 * @param met whether it holds (a skipped check holds)
 * @param explanation the sentence
 */
public record Check(boolean met, String explanation) {

	static Check of(String subject, Share share, Comparison comparison, Share threshold, String what) {
		boolean met = comparison.holds(share, threshold);
		return new Check(met, subject + ": " + share.percent() + " " + what + "; " + comparison.words() + " "
				+ threshold.percent() + " required: " + (met ? "met" : "not met"));
	}

}
