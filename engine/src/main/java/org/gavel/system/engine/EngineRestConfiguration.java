package org.gavel.system.engine;

import java.util.Map;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is never anonymous: every request is authenticated against the
 * engine's identity service with HTTP Basic, so the engine's authorizations apply to it.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestConfiguration {

	@Bean
	FilterRegistrationBean<Filter> engineRestAuthentication(
			@Value("${spring.jersey.application-path:/engine-rest}") String restPath) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("gavel-engine-rest-authentication");
		registration.addUrlPatterns(restPath.replaceAll("/+$", "") + "/*");
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				HttpBasicAuthenticationProvider.class.getName()));
		registration.setAsyncSupported(true);
		return registration;
	}

}
