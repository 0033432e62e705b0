package org.gavel.membership.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.gavel.membership.Electorates;
import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.RollDiff;
import org.gavel.membership.model.RollEntry;
import org.gavel.membership.model.RollNote;

/**
 * An electoral roll as the API and the pages show it, with what changed since the roll
 * before it.
 *
 * @param id identifier
 * @param electorate the built-in electorate's name (GENERAL_ASSEMBLY, …) or the
 * configured one's identifier
 * @param electorateTitle how people read it, e.g. General Assembly
 * @param cutOff cut-off instant
 * @param takenAt when stored
 * @param takenBy by whom
 * @param previousId the roll it follows
 * @param voters number of entries
 * @param entries the voters
 * @param notes who is left out and why
 * @param changes the difference from the previous roll (everything is "added" for a first
 * roll)
 */
public record RollView(UUID id, String electorate, String electorateTitle, Instant cutOff, Instant takenAt,
		String takenBy, UUID previousId, int voters, List<RollEntry> entries, List<RollNote> notes,
		@JsonIgnoreProperties("empty") RollDiff changes) {

	private static final DateTimeFormatter READABLE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	static RollView of(ElectoralRoll roll, RollDiff changes, Electorates electorates) {
		return new RollView(roll.id(), roll.key(), electorates.title(roll), roll.cutOff(), roll.takenAt(),
				roll.takenBy(), roll.previousId(), roll.entries().size(), roll.entries(), roll.notes(), changes);
	}

	/**
	 * For pages: "General Assembly", "Executive Committee" or a configured electorate's
	 * title.
	 */
	public String electorateName() {
		return this.electorateTitle;
	}

	/** For pages: when it was taken, to the minute, in UTC. */
	public String takenAtText() {
		return READABLE.format(this.takenAt);
	}

	/** For pages: the cut-off, to the minute, in UTC. */
	public String cutOffText() {
		return READABLE.format(this.cutOff);
	}

	/** For pages: whether there is a previous roll to compare with. */
	public boolean isFirst() {
		return this.previousId == null;
	}

	/**
	 * A roll without its entries, for lists.
	 *
	 * @param id identifier
	 * @param electorate the electorate's name or identifier
	 * @param electorateTitle how people read it
	 * @param cutOff cut-off
	 * @param takenAt when stored
	 * @param takenBy by whom
	 */
	public record Summary(UUID id, String electorate, String electorateTitle, Instant cutOff, Instant takenAt,
			String takenBy) {

		static Summary of(ElectoralRoll roll, Electorates electorates) {
			return new Summary(roll.id(), roll.key(), electorates.title(roll), roll.cutOff(), roll.takenAt(),
					roll.takenBy());
		}

		public String electorateName() {
			return this.electorateTitle;
		}

		public String takenAtText() {
			return READABLE.format(this.takenAt);
		}

	}

}
