package org.gavel.voting.model;

/**
 * A vote as the hash chain covers it: everything stored about it except who cast it.
 *
 * @param seq its place in the ballot box
 * @param group the voting group it counts in
 * @param choice the choice
 * @param channel how it was cast
 * @param receipt the receipt given
 * @param superseded whether a later vote of the same voter replaced it
 */
public record ChainedVote(long seq, VotingGroup group, Choice choice, Channel channel, String receipt,
		boolean superseded) implements ChainLink {

	/** The line the chain hashes, documented in docs/voting-rules.md for auditors. */
	@Override
	public String line() {
		return this.seq + "|" + this.group.chamber() + "|" + nullToEmpty(this.group.subChamber()) + "|"
				+ nullToEmpty(this.group.memberType()) + "|" + this.choice + "|" + this.channel + "|" + this.receipt
				+ "|" + this.superseded;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
