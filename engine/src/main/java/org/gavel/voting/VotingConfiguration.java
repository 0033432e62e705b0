package org.gavel.voting;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The voting feature's wiring.
 */
@Configuration(proxyBeanMethods = false)
class VotingConfiguration {

	@Bean
	RuleSets ruleSets(@Value("${gavel.voting.rule-sets:}") List<String> extra) throws IOException {
		List<String> locations = new ArrayList<>(List.of("classpath*:rulesets/*.yaml"));
		extra.stream().filter((location) -> !location.isBlank()).forEach(locations::add);
		return new RuleSets(locations);
	}

}
