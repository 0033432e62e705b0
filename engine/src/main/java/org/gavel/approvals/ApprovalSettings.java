package org.gavel.approvals;

import java.time.Duration;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long EC members have to review, when they are reminded, how long a seat vote runs,
 * how many rounds an item may have, and under which rule set the seats vote
 * ({@code gavel.approvals.*}).
 */
@Component
public class ApprovalSettings {

	private final Duration reviewPeriod;

	private final Duration reminderBefore;

	private final Duration votePeriod;

	private final int maxRounds;

	private final String ruleSet;

	private final ZoneId zone;

	ApprovalSettings(@Value("${gavel.approvals.review-period:P14D}") Duration reviewPeriod,
			@Value("${gavel.approvals.reminder-before:P3D}") Duration reminderBefore,
			@Value("${gavel.approvals.vote-period:P7D}") Duration votePeriod,
			@Value("${gavel.approvals.max-rounds:3}") int maxRounds,
			@Value("${gavel.approvals.rule-set:ec-consensus-then-seat-vote}") String ruleSet,
			@Value("${gavel.approvals.time-zone:UTC}") ZoneId zone) {
		if (maxRounds < 1) {
			throw new IllegalArgumentException("gavel.approvals.max-rounds must be 1 or more, not " + maxRounds);
		}
		this.reviewPeriod = reviewPeriod;
		this.reminderBefore = reminderBefore;
		this.votePeriod = votePeriod;
		this.maxRounds = maxRounds;
		this.ruleSet = ruleSet;
		this.zone = zone;
	}

	public Duration reviewPeriod() {
		return this.reviewPeriod;
	}

	public Duration reminderBefore() {
		return this.reminderBefore;
	}

	public Duration votePeriod() {
		return this.votePeriod;
	}

	public int maxRounds() {
		return this.maxRounds;
	}

	public String ruleSet() {
		return this.ruleSet;
	}

	public ZoneId zone() {
		return this.zone;
	}

}
