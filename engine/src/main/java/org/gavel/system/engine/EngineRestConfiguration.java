package org.gavel.system.engine;

import java.util.Map;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.gavel.system.SignIn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API is never anonymous: every request is authenticated (HTTP Basic
 * against the engine's identities, or the single sign-on of {@link SignIn}), so the
 * engine's authorizations apply to it.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRestConfiguration {

	@Bean
	FilterRegistrationBean<Filter> engineRestAuthentication(
			@Value("${spring.jersey.application-path:/engine-rest}") String restPath, SignIn signIn) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("gavel-engine-rest-authentication");
		registration.addUrlPatterns(restPath.replaceAll("/+$", "") + "/*");
		registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
				signIn.engineRestAuthentication().getName()));
		registration.setAsyncSupported(true);
		return registration;
	}

}
