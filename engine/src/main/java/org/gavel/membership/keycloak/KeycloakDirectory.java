package org.gavel.membership.keycloak;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gavel.membership.Directory;
import org.gavel.membership.IdentityLog;
import org.gavel.membership.directory.RealmFile;
import org.gavel.membership.model.Membership;

import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * The membership directory read from Keycloak's admin API with the engine client's
 * service account: the group tree with its attributes and roles, the users, and who is in
 * which group. It is read like a realm export, by {@link RealmFile}, kept for
 * {@code gavel.keycloak.directory-refresh}, and read again after that; if Keycloak cannot
 * be reached then, the last directory read stays in use ({@code IDENTITY-004}).
 */
public class KeycloakDirectory implements Directory {

	private final RestClient admin;

	private final KeycloakSettings settings;

	private final Clock clock;

	private final ObjectMapper json = new ObjectMapper();

	private Membership membership;

	private Instant readAt = Instant.MIN;

	/** When a sign-in last had the directory read out of turn. */
	private Instant forcedAt = Instant.MIN;

	private static final Duration FORCED_AT_MOST_EVERY = Duration.ofSeconds(2);

	public KeycloakDirectory(RestClient admin, KeycloakSettings settings, Clock clock) {
		this.admin = admin;
		this.settings = settings;
		this.clock = clock;
		try {
			this.membership = read();
		}
		catch (RestClientException ex) {
			throw new IllegalStateException(IdentityLog.KEYCLOAK_ADMIN_UNREADABLE.text(settings.adminUrl(),
					ex.getMessage(), settings.engineClientId()), ex);
		}
		this.readAt = clock.instant();
	}

	@Override
	public synchronized Membership membership() {
		Instant now = this.clock.instant();
		// read again once the refresh period has passed, or when the clock went back
		if (now.isAfter(this.readAt.plus(this.settings.directoryRefresh())) || now.isBefore(this.readAt)) {
			try {
				this.membership = read();
			}
			catch (RuntimeException ex) {
				IdentityLog.DIRECTORY_NOT_REFRESHED.log(this.readAt, ex.getMessage());
			}
			this.readAt = now;
		}
		return this.membership;
	}

	@Override
	public synchronized Membership refreshed() {
		Instant now = this.clock.instant();
		if (now.isAfter(this.forcedAt.plus(FORCED_AT_MOST_EVERY)) || now.isBefore(this.forcedAt)) {
			this.forcedAt = now;
			try {
				this.membership = read();
				this.readAt = now;
			}
			catch (RuntimeException ex) {
				IdentityLog.DIRECTORY_NOT_REFRESHED.log(this.readAt, ex.getMessage());
			}
		}
		return this.membership;
	}

	private Membership read() {
		ArrayNode groups = withChildren(get("/groups?briefRepresentation=false&max=10000"));
		Map<String, ArrayNode> groupsOfUser = new LinkedHashMap<>();
		forEachGroup(groups, (group) -> {
			for (JsonNode member : get(
					"/groups/" + group.path("id").asText() + "/members?briefRepresentation=true&max=100000")) {
				groupsOfUser.computeIfAbsent(member.path("username").asText(), (u) -> this.json.createArrayNode())
					.add(group.path("path").asText());
			}
		});
		ArrayNode users = this.json.createArrayNode();
		for (JsonNode user : get("/users?briefRepresentation=false&max=100000")) {
			ObjectNode copy = ((ObjectNode) user).deepCopy();
			copy.set("groups", groupsOfUser.getOrDefault(user.path("username").asText(), this.json.createArrayNode()));
			users.add(copy);
		}
		ObjectNode realm = this.json.createObjectNode();
		realm.set("groups", groups);
		realm.set("users", users);
		Membership read = RealmFile
			.read("Keycloak realm " + this.settings.realm() + " at " + this.settings.url(), stream(realm))
			.membership();
		IdentityLog.DIRECTORY_READ.log("Keycloak realm " + this.settings.realm(), read.categories().size(),
				read.organisations().size(), read.persons().size());
		return read;
	}

	private ArrayNode withChildren(JsonNode groups) {
		ArrayNode result = this.json.createArrayNode();
		for (JsonNode group : groups) {
			ObjectNode copy = ((ObjectNode) group).deepCopy();
			if (group.path("subGroupCount").asInt(0) > 0) {
				copy.set("subGroups", withChildren(
						get("/groups/" + group.path("id").asText() + "/children?briefRepresentation=false&max=10000")));
			}
			result.add(copy);
		}
		return result;
	}

	private static void forEachGroup(JsonNode groups, Consumer<JsonNode> action) {
		for (JsonNode group : groups) {
			action.accept(group);
			forEachGroup(group.path("subGroups"), action);
		}
	}

	private JsonNode get(String path) {
		JsonNode body = this.admin.get().uri(this.settings.adminUrl() + path).retrieve().body(JsonNode.class);
		return (body != null) ? body : this.json.createArrayNode();
	}

	private InputStream stream(JsonNode node) {
		try {
			return new ByteArrayInputStream(this.json.writeValueAsBytes(node));
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
