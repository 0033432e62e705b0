package org.gavel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The demo realm with many more member organisations, each with one designated voter
 * ({@code voter001}, password {@code demo}) in the civil-society category: a directory
 * for tests that need hundreds of voters.
 */
public final class LargeRealm {

	private static final ObjectMapper JSON = new ObjectMapper();

	private LargeRealm() {
	}

	/**
	 * Writes the realm file.
	 * @param voters how many organisations and voters to add
	 * @return the file, for {@code gavel.identity.realm-file=file:...}
	 */
	public static Path write(int voters) {
		try (InputStream demo = LargeRealm.class.getResourceAsStream("/keycloak-realm/gavel-realm.json")) {
			ObjectNode realm = (ObjectNode) JSON.readTree(demo);
			ArrayNode organisations = null;
			for (var group : realm.withArray("groups")) {
				if (group.path("name").asText().equals("organisations")) {
					organisations = ((ObjectNode) group).withArray("subGroups");
				}
			}
			ArrayNode users = realm.withArray("users");
			for (int i = 1; i <= voters; i++) {
				String id = "large-org-%03d".formatted(i);
				ObjectNode organisation = organisations.addObject();
				organisation.put("name", id).put("path", "/organisations/" + id);
				ObjectNode attributes = organisation.putObject("attributes");
				attributes.putArray("kind").add("organisation");
				attributes.putArray("label").add("Large Organisation " + i);
				attributes.putArray("category").add("civil-society");
				attributes.putArray("memberClass").add("ordinary");
				attributes.putArray("memberType").add("organisation");
				attributes.putArray("goodStanding").add("true");
				organisation.putArray("subGroups");
				String username = username(i);
				ObjectNode user = users.addObject();
				user.put("username", username).put("enabled", true).put("emailVerified", true);
				user.put("firstName", "Voter")
					.put("lastName", "No. " + i)
					.put("email", username + "@large.gavel.invalid");
				user.putArray("credentials")
					.addObject()
					.put("type", "password")
					.put("value", "demo")
					.put("temporary", false);
				user.putArray("groups").add("/member").add("/voting-representative").add("/organisations/" + id);
			}
			Path file = Files.createTempFile("gavel-large-realm-", ".json");
			file.toFile().deleteOnExit();
			JSON.writeValue(file.toFile(), realm);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The username of the i-th added voter.
	 * @param i from 1
	 * @return e.g. {@code voter001}
	 */
	public static String username(int i) {
		return "voter%03d".formatted(i);
	}

}
