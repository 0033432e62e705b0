package org.gavel.voting.model;

/**
 * What a ballot says. {@code SPOILT} is not offered to voters; it records a ballot that
 * was cast but cannot be counted (an in-room paper ballot marked twice, for instance).
 */
public enum Choice {

	FOR, AGAINST, ABSTAIN, SPOILT

}
