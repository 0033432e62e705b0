package org.gavel.system.engine;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The process engine's own rules about who may act on tasks and variables.
 */
@Configuration(proxyBeanMethods = false)
class EngineRules {

	@Bean
	TaskActors taskActors() {
		return new TaskActors();
	}

	@Bean
	TaskNames taskNames() {
		return new TaskNames();
	}

	@Bean
	AdministratorChanges administratorChanges() {
		return new AdministratorChanges();
	}

	@Bean
	ResourceConfigCustomizer engineRestRefusals() {
		return (config) -> config.register(EngineRestRefusals.FromTheEngine.class)
			.register(EngineRestRefusals.FromTheRestLayer.class);
	}

}
