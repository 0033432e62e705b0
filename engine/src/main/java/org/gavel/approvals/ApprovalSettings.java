package org.gavel.approvals;

import java.time.Duration;
import java.time.ZoneId;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The EC approvals' settings ({@code gavel.approvals.*}), with their defaults: how long
 * EC members have to review, when they are reminded, how long a seat vote runs, how many
 * rounds an item may have, under which rule set the seats vote and in which zone the
 * deadlines are shown. Checked at start-up; a bad value stops it with the setting named.
 *
 * @param reviewPeriod how long a review round runs
 * @param reminderBefore how long before the round's due date the silent are reminded
 * @param votePeriod how long a seat vote runs
 * @param maxRounds how many review rounds an item may have, 1 or more
 * @param ruleSet the rule set of seat votes
 * @param timeZone the zone EC deadlines are shown in
 */
@Validated
@ConfigurationProperties("gavel.approvals")
public record ApprovalSettings(@NotNull @DefaultValue("P14D") Duration reviewPeriod,
		@NotNull @DefaultValue("P3D") Duration reminderBefore, @NotNull @DefaultValue("P7D") Duration votePeriod,
		@Min(1) @DefaultValue("3") int maxRounds, @NotBlank @DefaultValue("ec-consensus-then-seat-vote") String ruleSet,
		@NotNull @DefaultValue("UTC") ZoneId timeZone) {

	/**
	 * The zone EC deadlines are shown in.
	 * @return the zone
	 */
	public ZoneId zone() {
		return this.timeZone;
	}

}
