package org.gavel;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Changes people in the test Keycloak's realm {@code gavel} through its admin API, as an
 * administrator would in the admin console: a seat given or taken, a group joined or
 * left. Signs in to the {@code master} realm as {@code admin}/{@code admin} (the
 * bootstrap admin of the Keycloak the build starts), or as
 * {@code GAVEL_TEST_KEYCLOAK_ADMIN} / {@code GAVEL_TEST_KEYCLOAK_ADMIN_PASSWORD} for a
 * Keycloak of one's own.
 */
public final class KeycloakAdmin {

	private final String realm;

	private final String token;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = new ObjectMapper();

	public KeycloakAdmin(String keycloak) {
		this.realm = keycloak + "/admin/realms/gavel";
		String form = "grant_type=password&client_id=admin-cli&username="
				+ encode(setting("GAVEL_TEST_KEYCLOAK_ADMIN", "admin")) + "&password="
				+ encode(setting("GAVEL_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin"));
		JsonNode answer = read(
				send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/master/protocol/openid-connect/token"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)), 200));
		this.token = answer.path("access_token").asText();
	}

	/**
	 * Sets or removes one attribute of a user.
	 * @param username the user
	 * @param name the attribute
	 * @param value its new value, {@code null} to remove it
	 */
	public void attribute(String username, String name, String value) {
		ObjectNode user = (ObjectNode) user(username);
		ObjectNode attributes = user.has("attributes") ? (ObjectNode) user.get("attributes")
				: user.putObject("attributes");
		if (value == null) {
			attributes.remove(name);
		}
		else {
			attributes.putArray(name).add(value);
		}
		send(request("/users/" + user.path("id").asText()).PUT(body(user)), 204);
	}

	/**
	 * Enables or disables a user's account.
	 * @param username the user
	 * @param enabled whether the account may sign in
	 */
	public void enabled(String username, boolean enabled) {
		ObjectNode user = (ObjectNode) user(username);
		user.put("enabled", enabled);
		send(request("/users/" + user.path("id").asText()).PUT(body(user)), 204);
	}

	/**
	 * Puts a user in a top-level group, or takes them out of it.
	 * @param username the user
	 * @param group the group's name, e.g. {@code ec-member}
	 * @param member whether they are to be in it
	 */
	public void group(String username, String group, boolean member) {
		String groupId = read(send(request("/groups?exact=true&search=" + encode(group)).GET(), 200)).get(0)
			.path("id")
			.asText();
		HttpRequest.Builder change = request("/users/" + user(username).path("id").asText() + "/groups/" + groupId);
		send(member ? change.PUT(HttpRequest.BodyPublishers.noBody()) : change.DELETE(), 204);
	}

	private JsonNode user(String username) {
		JsonNode found = read(send(request("/users?exact=true&username=" + encode(username)).GET(), 200));
		if (found.size() != 1) {
			throw new IllegalArgumentException("no single user " + username + " in Keycloak: " + found);
		}
		return found.get(0);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.realm + path))
			.header("Authorization", "Bearer " + this.token)
			.header("Content-Type", "application/json");
	}

	private HttpRequest.BodyPublisher body(JsonNode node) {
		try {
			return HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(node));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private String send(HttpRequest.Builder request, int expected) {
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != expected) {
				throw new IllegalStateException("Keycloak answered " + response.statusCode() + " to "
						+ response.request().method() + " " + response.uri() + ": " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private JsonNode read(String body) {
		try {
			return this.json.readTree(body);
		}
		catch (IOException ex) {
			throw new IllegalStateException("not JSON: " + body, ex);
		}
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String setting(String name, String otherwise) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : otherwise;
	}

}
