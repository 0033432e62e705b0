package org.gavel.resolutions.model;

/**
 * A member organisation backing a resolution: its proposer or a co-sponsor that endorsed
 * it.
 *
 * @param username who speaks for it
 * @param organisation the organisation's name
 * @param category the organisation's membership category (id)
 */
public record Sponsor(String username, String organisation, String category) {

}
