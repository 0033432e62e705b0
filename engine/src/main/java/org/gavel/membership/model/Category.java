package org.gavel.membership.model;

import java.util.List;
import java.util.Objects;

/**
 * A membership category ("chamber", "sector", "constituency").
 *
 * @param id stable identifier, e.g. {@code civil-society}
 * @param label the name people read
 * @param voting whether ordinary members of this category vote in the General Assembly
 * @param ecSeats how many Executive Committee seats the category elects
 * @param subChambers the sub-chambers inside it (e.g. {@code north}, {@code south});
 * empty when the body has none
 */
public record Category(String id, String label, boolean voting, int ecSeats, List<String> subChambers) {

	public Category {
		Objects.requireNonNull(id, "id");
		label = (label != null) ? label : id;
		subChambers = List.copyOf(subChambers);
		if (ecSeats < 0) {
			throw new IllegalArgumentException("ecSeats of category " + id + " must not be negative");
		}
	}

}
