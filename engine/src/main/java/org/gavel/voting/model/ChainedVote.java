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
 */
public record ChainedVote(Long position, VotingGroup group, Choice choice, Channel channel, String receipt,
		boolean superseded) implements ChainLink {

	/** The line the chain hashes, documented in docs/voting-rules.md for auditors. */
	@Override
	public String line() {
		return ((this.position != null) ? this.position + "|" : "") + this.group.chamber() + "|"
				+ nullToEmpty(this.group.subChamber()) + "|" + nullToEmpty(this.group.memberType()) + "|" + this.choice
				+ "|" + this.channel + "|" + this.receipt + "|" + this.superseded;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
