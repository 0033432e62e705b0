package org.gavel.membership.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A member organisation (or an individual member, for bodies that have them).
 *
 * @param id stable identifier, e.g. {@code rubber-watch}
 * @param name the name people read
 * @param category the category id; {@code null} for members outside every category
 * (affiliates)
 * @param subChamber the sub-chamber inside the category, or {@code null}
 * @param memberType organisation or individual
 * @param memberClass ordinary or affiliate
 * @param goodStanding whether dues and obligations are met
 */
public record Organisation(String id, String name, String category, String subChamber, MemberType memberType,
		MemberClass memberClass, boolean goodStanding) {

	public Organisation {
		Objects.requireNonNull(id, "id");
		name = (name != null) ? name : id;
		Objects.requireNonNull(memberType, "memberType");
		Objects.requireNonNull(memberClass, "memberClass");
	}

	public Optional<String> categoryId() {
		return Optional.ofNullable(this.category);
	}

}
