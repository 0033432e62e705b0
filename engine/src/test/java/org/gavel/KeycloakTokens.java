package org.gavel;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Access tokens from the test Keycloak, obtained as scripts and services obtain them.
 */
public final class KeycloakTokens {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private KeycloakTokens() {
	}

	/**
	 * Obtains an access token for a person as a script would, with the public
	 * {@code gavel-cli} client of a realm.
	 * @param keycloak Keycloak's base URL
	 * @param realm the realm
	 * @param username the username
	 * @param password the password
	 * @return the access token
	 */
	public static String token(String keycloak, String realm, String username, String password) {
		return tokenResponse(keycloak, realm, "grant_type=password&client_id=gavel-cli&username=" + encode(username)
				+ "&password=" + encode(password));
	}

	/**
	 * Obtains an access token for a client's service account (not meant for Gavel's API).
	 * @param keycloak Keycloak's base URL
	 * @param clientId the confidential client
	 * @param secret its secret
	 * @return the access token
	 */
	public static String serviceToken(String keycloak, String clientId, String secret) {
		return tokenResponse(keycloak, "gavel",
				"grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret));
	}

	private static String tokenResponse(String keycloak, String realm, String form) {
		HttpResponse<String> response = send(
				HttpRequest.newBuilder(URI.create(keycloak + "/realms/" + realm + "/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
		Matcher token = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(response.body());
		if (!token.find()) {
			throw new IllegalStateException("Keycloak gave no token: " + response.body());
		}
		return token.group(1);
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) {
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
