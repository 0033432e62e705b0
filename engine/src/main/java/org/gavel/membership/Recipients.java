package org.gavel.membership;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Person;
import org.gavel.system.GavelProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Turns usernames into addresses, from the directory as it is now, and paths into links
 * on Gavel's public URL.
 */
@Component
public class Recipients {

	private final Directory directory;

	private final String baseUrl;

	Recipients(Directory directory, GavelProperties properties, @Value("${server.port:8080}") int port) {
		this.directory = directory;
		this.baseUrl = properties.publicUrl().isEmpty() ? "http://localhost:" + port
				: properties.publicUrl().replaceAll("/+$", "");
	}

	public List<String> addresses(List<String> usernames) {
		Membership membership = this.directory.membership();
		return usernames.stream()
			.map(membership::person)
			.flatMap(Optional::stream)
			.filter(Person::enabled)
			.map(Person::email)
			.filter(Objects::nonNull)
			.filter((email) -> !email.isBlank())
			.toList();
	}

	/**
	 * A link to a page of Gavel.
	 * @param path e.g. {@code /ballots/<id>}
	 * @return the absolute URL
	 */
	public String link(String path) {
		return this.baseUrl + path;
	}

}
