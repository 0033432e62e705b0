package org.gavel.grants.model;

import java.time.Instant;

/**
 * An evaluator's conflict of interest with a proposal, or their declaration of none.
 *
 * @param evaluator the evaluator
 * @param conflicted whether they have a conflict
 * @param reason why, or {@code null} for none
 * @param automatic whether Gavel found it (the evaluator's organisation applies) rather
 * than the evaluator declaring it
 * @param recordedAt when
 */
public record Conflict(String evaluator, boolean conflicted, String reason, boolean automatic, Instant recordedAt) {

}
