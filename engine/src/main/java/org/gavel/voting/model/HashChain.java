package org.gavel.voting.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The hash chain over a ballot's votes: link 0 is SHA-256 of {@code gavel-ballot:<id>},
 * link n is SHA-256 of link n-1 (hex), a line feed, and vote n's
 * {@link ChainedVote#line() line}. The last link is the head the result carries;
 * changing, adding, removing or reordering any vote changes it. The votes of an open
 * ballot come in the order they entered the box, numbered within the ballot; those of a
 * secret ballot in the order of their receipts, unnumbered, so that nothing in the chain
 * says when a vote was cast (chain version 2, {@link Ballot#CHAIN_VERSION}; under version
 * 1 every vote carried the box's global sequence number).
 */
public final class HashChain {

	private HashChain() {
	}

	/**
	 * Computes every link.
	 * @param ballot the ballot
	 * @param votes its votes, in box order
	 * @return link n for vote n, as lower-case hex
	 */
	public static List<String> links(UUID ballot, List<? extends ChainLink> votes) {
		List<String> links = new ArrayList<>();
		String link = sha256("gavel-ballot:" + ballot);
		for (ChainLink vote : votes) {
			link = sha256(link + "\n" + vote.line());
			links.add(link);
		}
		return links;
	}

	public static String head(UUID ballot, List<? extends ChainLink> votes) {
		List<String> links = links(ballot, votes);
		return links.isEmpty() ? sha256("gavel-ballot:" + ballot) : links.get(links.size() - 1);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
