package org.gavel.grievances.model;

import java.time.Instant;
import java.util.Optional;

/**
 * What the appeal stage of a case holds: the end of its window once the panel decided,
 * the appeal once lodged, the appeal panel once formed, its deadline and its decision.
 *
 * @param appealBy when the appeal window closes, once the panel decided
 * @param appeal the appeal, once lodged
 * @param panel the appeal panel, once formed
 * @param decideBy when the appeal panel's decision is due, once formed
 * @param decision the appeal panel's decision, once taken
 */
public record AppealFile(Optional<Instant> appealBy, Optional<Appeal> appeal, Optional<Panel> panel,
		Optional<Instant> decideBy, Optional<AppealDecision> decision) {

	/** A case with no decision to appeal yet. */
	public static AppealFile none() {
		return new AppealFile(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
	}

	/**
	 * Whether someone sits on the appeal panel.
	 * @param username who
	 * @return whether they do
	 */
	public boolean seats(String username) {
		return this.panel.filter((formed) -> formed.seats(username)).isPresent();
	}

}
