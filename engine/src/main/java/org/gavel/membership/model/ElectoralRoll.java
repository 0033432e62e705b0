package org.gavel.membership.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A stored electoral roll: frozen when taken, never changed afterwards.
 *
 * @param id identifier
 * @param electorate who it is for
 * @param configured the electorate's identifier in configuration
 * ({@code gavel.membership.electorates}) when it is {@link Electorate#CONFIGURED}, else
 * {@code null}
 * @param perOrganisation whether each place on the roll is an organisation's (cast by its
 * designated voter) rather than a person's
 * @param cutOff the instant the membership was taken as of
 * @param takenAt when it was stored
 * @param takenBy who took it (a username, or {@code system} for a process)
 * @param previousId the roll of the same electorate it follows, or {@code null}
 * @param entries the voters
 * @param notes who was left out and why
 */
public record ElectoralRoll(UUID id, Electorate electorate, String configured, boolean perOrganisation, Instant cutOff,
		Instant takenAt, String takenBy, UUID previousId, List<RollEntry> entries, List<RollNote> notes) {

	public ElectoralRoll {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(electorate, "electorate");
		if ((electorate == Electorate.CONFIGURED) != (configured != null)) {
			throw new IllegalArgumentException("a configured electorate, and only one, names its identifier");
		}
		entries = List.copyOf(entries);
		notes = List.copyOf(notes);
	}

	/**
	 * A roll of a built-in electorate.
	 * @param id identifier
	 * @param electorate who it is for, not {@link Electorate#CONFIGURED}
	 * @param cutOff as of when
	 * @param takenAt when stored
	 * @param takenBy by whom
	 * @param previousId the roll it follows
	 * @param entries the voters
	 * @param notes who was left out and why
	 */
	public ElectoralRoll(UUID id, Electorate electorate, Instant cutOff, Instant takenAt, String takenBy,
			UUID previousId, List<RollEntry> entries, List<RollNote> notes) {
		this(id, electorate, null, electorate == Electorate.GENERAL_ASSEMBLY, cutOff, takenAt, takenBy, previousId,
				entries, notes);
	}

	/**
	 * What names the electorate among all: the built-in one's name, or the configured
	 * one's identifier.
	 * @return e.g. {@code GENERAL_ASSEMBLY} or {@code smallholder-chamber}
	 */
	public String key() {
		return (this.configured != null) ? this.configured : this.electorate.name();
	}

	/**
	 * What identifies an entry when two rolls of the electorate are compared: the
	 * organisation where places are organisations' (its voter may change), else the
	 * person.
	 * @param entry an entry
	 * @return its key
	 */
	public String keyOf(RollEntry entry) {
		return this.perOrganisation ? entry.organisationId() : entry.voter();
	}

	/**
	 * Whose place an entry is.
	 * @param entry an entry
	 * @return the organisation where places are organisations', else {@code null} (the
	 * person's)
	 */
	public String placeOf(RollEntry entry) {
		return this.perOrganisation ? entry.organisationId() : null;
	}

}
