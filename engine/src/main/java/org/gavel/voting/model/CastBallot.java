package org.gavel.voting.model;

/**
 * A counted ballot: the last one of its voter, however it was cast.
 *
 * @param elector the voter's id on the roll
 * @param choice the choice
 * @param channel how it was cast
 */
public record CastBallot(String elector, Choice choice, Channel channel) {

}
