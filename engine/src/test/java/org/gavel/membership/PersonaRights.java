package org.gavel.membership;

import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks an {@code /api/me} answer against a row of {@code personas.csv}: roles,
 * organisation, designated voter, and exactly the actions allowed.
 */
final class PersonaRights {

	private static final ObjectMapper JSON = new ObjectMapper();

	private PersonaRights() {
	}

	static void assertMatches(String me, String roles, String organisation, boolean designatedVoter, String allowed)
			throws JsonProcessingException {
		JsonNode context = JSON.readTree(me);
		assertThat(texts(context.path("roles"))).containsExactlyInAnyOrder(roles.split(" "));
		assertThat(context.path("organisation").path("id").asText(null)).isEqualTo(organisation);
		assertThat(context.path("designatedVoter").asBoolean()).isEqualTo(designatedVoter);
		List<String> granted = StreamSupport.stream(context.path("rights").spliterator(), false)
			.filter((right) -> right.path("allowed").asBoolean())
			.map((right) -> right.path("action").asText())
			.toList();
		assertThat(granted)
			.containsExactlyInAnyOrderElementsOf((allowed != null) ? Arrays.asList(allowed.split(" ")) : List.of());
	}

	static List<String> texts(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
	}

}
