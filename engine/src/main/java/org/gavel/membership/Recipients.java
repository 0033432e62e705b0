package org.gavel.membership;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gavel.membership.model.Membership;
import org.gavel.membership.model.Person;
import org.gavel.system.GavelProperties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns usernames into addresses, from the directory as it is now, and paths into links
 * on Gavel's public URL ({@code gavel.public-url}); without one, on this machine at the
 * port the portal took (which may be chosen at start, {@code server.port=0}).
 */
@Component
public class Recipients {

	private final Directory directory;

	private final boolean configured;

	private volatile String baseUrl;

	Recipients(Directory directory, GavelProperties properties, @Value("${server.port:8080}") int port) {
		this.directory = directory;
		this.configured = !properties.publicUrl().isEmpty();
		this.baseUrl = this.configured ? properties.publicUrl().replaceAll("/+$", "") : "http://localhost:" + port;
	}

	/**
	 * Links lead to the port the portal took, when no public URL is configured; the
	 * management server's port is not one people open.
	 * @param started the portal's (or the management) server, started
	 */
	@EventListener
	void serverStarted(WebServerInitializedEvent started) {
		if (!this.configured && started.getApplicationContext().getServerNamespace() == null) {
			this.baseUrl = "http://localhost:" + started.getWebServer().getPort();
		}
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
