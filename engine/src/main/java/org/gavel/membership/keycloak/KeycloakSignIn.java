package org.gavel.membership.keycloak;

import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.gavel.membership.ApiTokens;
import org.gavel.membership.Directory;
import org.gavel.membership.IdentityLog;
import org.gavel.membership.model.Membership;
import org.gavel.membership.signin.ActiveAccountFilter;
import org.gavel.membership.signin.ApiTokenFilter;
import org.gavel.system.ErrorDetail;
import org.gavel.system.LogSafe;
import org.gavel.system.SignIn;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Sign-in through Keycloak: the portal and the Camunda webapps with OIDC (authorization
 * code with PKCE; signing out ends the Keycloak session too), the JSON API and the engine
 * REST API with bearer tokens (issuer, audience and expiry checked). Roles come from the
 * directory.
 */
class KeycloakSignIn implements SignIn {

	static final String REGISTRATION = "keycloak";

	private static final DefaultBearerTokenResolver JWTS = new DefaultBearerTokenResolver();

	private final ClientRegistrationRepository registrations;

	private final JwtDecoder tokens;

	private final Directory directory;

	private final ApiTokens apiTokens;

	KeycloakSignIn(ClientRegistrationRepository registrations, JwtDecoder tokens, Directory directory,
			ApiTokens apiTokens) {
		this.registrations = registrations;
		this.tokens = tokens;
		this.directory = directory;
		this.apiTokens = apiTokens;
	}

	@Override
	public void configure(HttpSecurity http) throws Exception {
		DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(
				this.registrations, "/oauth2/authorization");
		pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(
				this.registrations);
		endKeycloakSession.setPostLogoutRedirectUri("{baseUrl}/?signed-out");
		http.oauth2Login((login) -> login.loginPage(entryPoint())
			.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(pkce))
			.userInfoEndpoint((userInfo) -> userInfo.oidcUserService(this::withDirectoryRoles))
			.defaultSuccessUrl("/me"))
			.logout((logout) -> logout.logoutSuccessHandler(endKeycloakSession))
			.oauth2ResourceServer((server) -> server.bearerTokenResolver(KeycloakSignIn::jwtOf)
				.jwt((jwt) -> jwt.decoder(this.tokens).jwtAuthenticationConverter(new BearerPerson()))
				.authenticationEntryPoint(KeycloakSignIn::tokenRefused));
		ApiTokenFilter.install(http, this.apiTokens);
		ActiveAccountFilter.install(http, this.directory);
	}

	/** A bearer token from Keycloak; Gavel's own API tokens are ApiTokenFilter's. */
	private static String jwtOf(HttpServletRequest request) {
		return (ApiTokenFilter.tokenOf(request) != null) ? null : JWTS.resolve(request);
	}

	@Override
	public String entryPoint() {
		return "/oauth2/authorization/" + REGISTRATION;
	}

	/** Signing out ends the Keycloak session: the browser is sent there. */
	@Override
	public List<String> formTargets() {
		ClientRegistration keycloak = this.registrations.findByRegistrationId(REGISTRATION);
		if (keycloak == null) {
			return List.of();
		}
		URI authorization = URI.create(keycloak.getProviderDetails().getAuthorizationUri());
		return List.of(authorization.getScheme() + "://" + authorization.getRawAuthority());
	}

	@Override
	public boolean coversEngineApps() {
		return true;
	}

	@Override
	public Class<? extends AuthenticationProvider> engineRestAuthentication() {
		return SignedInPerson.class;
	}

	private OidcUser withDirectoryRoles(OidcUserRequest request) {
		OidcUser user = new OidcUserService().loadUser(request);
		return new DefaultOidcUser(rolesOf(user.getName()), user.getIdToken(), user.getUserInfo(),
				"preferred_username");
	}

	private List<GrantedAuthority> rolesOf(String username) {
		Membership membership = this.directory.membership();
		if (membership.person(username).isEmpty()) {
			// registered on Keycloak's page since the directory was last read
			membership = this.directory.refreshed();
		}
		return membership.person(username)
			.map((person) -> person.roles()
				.stream()
				.map((role) -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
				.toList())
			.orElse(List.of());
	}

	private static void tokenRefused(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (request.getHeader("Authorization") != null) {
			IdentityLog.TOKEN_REFUSED.log(request.getMethod(), LogSafe.text(request.getRequestURI()),
					LogSafe.withoutCredentials(ex.getMessage()));
			ErrorDetail.set(request, "The access token was refused: it has expired, or it was not issued by this "
					+ "Gavel's realm for its API (issuer and audience are checked).");
		}
		response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
		response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
	}

	/**
	 * A bearer token's person: named by {@code preferred_username}, with their directory
	 * roles.
	 */
	private final class BearerPerson implements Converter<Jwt, AbstractAuthenticationToken> {

		@Override
		public AbstractAuthenticationToken convert(Jwt jwt) {
			String username = jwt.getClaimAsString("preferred_username");
			Collection<GrantedAuthority> roles = rolesOf(username);
			return new JwtAuthenticationToken(jwt, roles, username);
		}

	}

}
