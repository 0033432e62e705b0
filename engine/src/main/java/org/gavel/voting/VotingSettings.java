package org.gavel.voting;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The voting feature's settings ({@code gavel.voting.*}), with their defaults.
 *
 * @param ruleSets rule-set files besides the shipped ones, as resource patterns
 * @param reminderBefore how long before a ballot closes those who have not voted are
 * reminded, unless the ballot says otherwise
 * @param cacheMaxVoters how many roll entries the frozen ballots kept in memory for the
 * vote path may hold together
 */
@Validated
@ConfigurationProperties("gavel.voting")
public record VotingSettings(@DefaultValue List<String> ruleSets,
		@NotNull @DefaultValue("PT48H") Duration reminderBefore,
		@Positive @DefaultValue("2000000") long cacheMaxVoters) {

	public VotingSettings {
		ruleSets = ruleSets.stream().filter((location) -> !location.isBlank()).toList();
	}

}
