package org.gavel.system;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.boot.actuate.metrics.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One explicit rule for every path Gavel serves; whatever is not listed is denied.
 *
 * <p>
 * The Camunda webapps ({@code /camunda}) and the engine REST API ({@code /engine-rest})
 * are served by their own servlets and authenticate against the engine's identity service
 * themselves: the webapps with their login page and session (and their own CSRF
 * protection), the REST API through {@code ProcessEngineAuthenticationFilter} (see
 * {@link org.gavel.system.engine.EngineRestConfiguration}). Spring Security therefore
 * lets those requests through to them, and leaves their CSRF handling to Camunda.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain gavelSecurity(HttpSecurity http) throws Exception {
		RequestMatcher camundaWebapps = path("/camunda/**");
		RequestMatcher engineRest = path("/engine-rest/**");
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(path(HttpMethod.GET, "/"), path(HttpMethod.GET, "/assets/**"),
					path(HttpMethod.GET, "/favicon.ico"))
			.permitAll()
			.requestMatchers(path("/error"))
			.permitAll()
			.requestMatchers(
					EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class, PrometheusScrapeEndpoint.class))
			.permitAll()
			.requestMatchers(camundaWebapps, engineRest)
			.permitAll()
			.anyRequest()
			.denyAll());
		http.csrf((csrf) -> csrf.ignoringRequestMatchers(camundaWebapps, engineRest));
		return http.build();
	}

	private static RequestMatcher path(String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(pattern);
	}

	private static RequestMatcher path(HttpMethod method, String pattern) {
		return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
	}

}
