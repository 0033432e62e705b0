package org.gavel.membership.keycloak;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.Filter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.gavel.membership.ApiTokens;
import org.gavel.membership.Directory;
import org.gavel.system.SignIn;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * Identity from Keycloak ({@code gavel.identity.provider=keycloak}, profile
 * {@code keycloak}). Keycloak must be reachable at start-up: OIDC discovery, the identity
 * plugin and the directory all read from it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "gavel.identity.provider", havingValue = "keycloak")
@EnableConfigurationProperties(KeycloakSettings.class)
class KeycloakIdentityConfiguration {

	private static final String DIRECTORY_CLIENT = "gavel-directory";

	@Bean
	KeycloakDirectory keycloakDirectory(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientService authorizedClients, KeycloakSettings settings, Clock clock) {
		OAuth2ClientHttpRequestInterceptor serviceAccount = new OAuth2ClientHttpRequestInterceptor(
				new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations, authorizedClients));
		RestClient admin = RestClient.builder()
			.requestInterceptor(serviceAccount)
			.defaultRequest((request) -> request
				.attributes(RequestAttributeClientRegistrationIdResolver.clientRegistrationId(DIRECTORY_CLIENT)))
			.build();
		return new KeycloakDirectory(admin, settings, clock);
	}

	@Bean
	KeycloakHint keycloakHint(KeycloakSettings settings) {
		return new KeycloakHint(settings);
	}

	@Bean
	KeycloakIdentityPlugin keycloakIdentityPlugin(KeycloakSettings settings) {
		return new KeycloakIdentityPlugin(settings);
	}

	@Bean
	JwtDecoder bearerTokens(KeycloakSettings settings, Clock clock) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(settings.issuer() + "/protocol/openid-connect/certs")
			.build();
		JwtTimestampValidator notExpired = new JwtTimestampValidator();
		notExpired.setClock(clock);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(notExpired,
				new JwtIssuerValidator(settings.issuer()), new JwtClaimValidator<List<String>>("aud",
						(audiences) -> audiences != null && audiences.contains(settings.apiAudience()))));
		return decoder;
	}

	@Bean
	SignIn keycloakSignIn(ClientRegistrationRepository registrations, JwtDecoder bearerTokens, Directory directory,
			ApiTokens apiTokens) {
		return new KeycloakSignIn(registrations, bearerTokens, directory, apiTokens);
	}

	@Bean
	FilterRegistrationBean<Filter> camundaWebappsSingleSignOn() {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
				new ContainerBasedAuthenticationFilter());
		registration.setName("gavel-camunda-single-sign-on");
		registration.setInitParameters(Map.of("authentication-provider", SignedInPerson.class.getName()));
		registration.addUrlPatterns("/camunda/app/*", "/camunda/api/*");
		registration.setOrder(101);
		return registration;
	}

}
