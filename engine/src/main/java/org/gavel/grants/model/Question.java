package org.gavel.grants.model;

import java.time.Instant;
import java.util.UUID;

/**
 * An applicant's question on an RFP and its answer, which every applicant reads without
 * the asker's name.
 *
 * @param id its id
 * @param number its number in the RFP, from 1
 * @param askedBy who asked, shown to the chair and the secretariat only
 * @param askedAt when
 * @param text the question
 * @param answer the answer, or {@code null} while unanswered
 * @param answeredBy who answered, or {@code null}
 * @param answeredAt when, or {@code null}
 */
public record Question(UUID id, int number, String askedBy, Instant askedAt, String text, String answer,
		String answeredBy, Instant answeredAt) {

	public boolean answered() {
		return this.answer != null;
	}

}
