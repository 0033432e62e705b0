package org.gavel.system;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * What waits for a person, contributed by each workflow for the home page's "waiting for
 * you" list: a ballot to vote in, a task of a process.
 */
public interface Waiting {

	/**
	 * What waits for a person now.
	 * @param person the person signed in
	 * @return the items, in any order
	 */
	List<Item> waitingFor(Authentication person);

	/**
	 * One thing that waits.
	 *
	 * @param what what to do, e.g. "Vote: Adopt the 2027 budget"
	 * @param link where to do it
	 * @param due by when, or {@code null}
	 * @param zone the zone the deadline is shown in
	 */
	record Item(String what, String link, Instant due, ZoneId zone) {

		/**
		 * The deadline as people read it.
		 * @return e.g. "16 December 2026, 22:15 (Asia/Singapore)", or {@code null}
		 */
		public String dueText() {
			return (this.due != null) ? Dates.at(this.due, this.zone) : null;
		}

	}

}
