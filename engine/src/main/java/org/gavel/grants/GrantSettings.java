package org.gavel.grants;

import java.time.Duration;
import java.util.Set;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The grant cycle's settings ({@code gavel.grants.*}), with their defaults.
 *
 * @param fundingCategories the membership categories whose member organisations are
 * offered approved proposals of a call with matched funding, and pledge
 * @param pledgePeriod how long, from the EC's award, funding members may pledge on a
 * matched grant
 * @param reportReminderBefore how long before a milestone's due date its grantee is
 * reminded of the report
 */
@Validated
@ConfigurationProperties("gavel.grants")
public record GrantSettings(@NotNull @DefaultValue("tyre-makers-rubber-buyers") Set<String> fundingCategories,
		@NotNull @DefaultValue("30d") Duration pledgePeriod,
		@NotNull @DefaultValue("7d") Duration reportReminderBefore) {

}
