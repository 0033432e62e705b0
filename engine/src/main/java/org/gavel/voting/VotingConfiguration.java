package org.gavel.voting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The voting feature's wiring.
 */
@Configuration(proxyBeanMethods = false)
class VotingConfiguration {

	@Bean
	RuleSets ruleSets(VotingSettings settings) throws IOException {
		List<String> locations = new ArrayList<>(List.of("classpath*:rulesets/*.yaml"));
		locations.addAll(settings.ruleSets());
		return new RuleSets(locations);
	}

}
