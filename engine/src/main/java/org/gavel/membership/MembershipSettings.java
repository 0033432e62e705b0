package org.gavel.membership;

import java.util.List;
import java.util.Map;

import org.gavel.membership.model.ElectorateDefinition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The membership's own settings ({@code gavel.membership.*}).
 *
 * @param electorates the electorates besides the General Assembly and the Executive
 * Committee, by identifier ({@link Electorates})
 */
@ConfigurationProperties("gavel.membership")
public record MembershipSettings(@DefaultValue Map<String, Defined> electorates) {

	/**
	 * An electorate as configuration writes it.
	 *
	 * @param title how people read it
	 * @param per {@code person} (the default) or {@code organisation}
	 * @param roles realm role names, e.g. {@code wg-chair}; any one of them
	 * @param categories membership category identifiers
	 * @param usernames people by username
	 */
	public record Defined(String title, @DefaultValue("PERSON") ElectorateDefinition.Per per,
			@DefaultValue List<String> roles, @DefaultValue List<String> categories,
			@DefaultValue List<String> usernames) {

	}

}
