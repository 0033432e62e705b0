package org.gavel.voting.model;

/**
 * A vote as the hash chain covers it: everything stored about it except who cast it.
 *
 * @param position its number in the chain: within the ballot for an open ballot, the
 * box's sequence under chain version 1; {@code null} in a secret ballot, whose votes
 * carry no number
 * @param group the voting group it counts in
 * @param choice the choice
 * @param channel how it was cast
 * @param receipt the receipt given
 * @param superseded whether a later vote of the same voter replaced it
 * @param option the option voted for on a ballot between options, else {@code null}
 */
public record ChainedVote(Long position, VotingGroup group, Choice choice, Channel channel, String receipt,
		boolean superseded, Integer option) implements ChainLink {

	/**
	 * A vote on a motion.
	 * @param position its number in the chain, or {@code null}
	 * @param group the voting group it counts in
	 * @param choice the choice
	 * @param channel how it was cast
	 * @param receipt the receipt given
	 * @param superseded whether a later vote of the same voter replaced it
	 */
	public ChainedVote(Long position, VotingGroup group, Choice choice, Channel channel, String receipt,
			boolean superseded) {
		this(position, group, choice, channel, receipt, superseded, null);
	}

	/**
	 * The line the chain hashes, documented in docs/voting-rules.md for auditors: a vote
	 * for an option ends with {@code |} and the option's number.
	 */
	@Override
	public String line() {
		return ((this.position != null) ? this.position + "|" : "") + this.group.chamber() + "|"
				+ nullToEmpty(this.group.subChamber()) + "|" + nullToEmpty(this.group.memberType()) + "|" + this.choice
				+ "|" + this.channel + "|" + this.receipt + "|" + this.superseded
				+ ((this.option != null) ? "|" + this.option : "");
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
