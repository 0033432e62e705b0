package org.gavel.grants.model;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One evaluator's scores of one proposal.
 *
 * @param evaluator who scored
 * @param proposal what was scored
 * @param scores the score per criterion key
 */
public record Scorecard(String evaluator, String proposal, Map<String, BigDecimal> scores) {

	public Scorecard {
		scores = Map.copyOf(scores);
	}

}
