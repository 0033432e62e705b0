package org.gavel.membership;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.gavel.membership.model.ElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.membership.model.ElectorateDefinition;
import org.gavel.membership.model.Role;
import org.gavel.system.Outcome;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The electorates one installation runs votes for: the built-in General Assembly and
 * Executive Committee, and those defined in configuration
 * ({@code gavel.membership.electorates}: a working group, a panel, one chamber), checked
 * at start-up: a definition that cannot be drawn stops Gavel with the reason.
 */
@Component
@EnableConfigurationProperties(MembershipSettings.class)
public class Electorates {

	private final Map<String, ElectorateDefinition> configured = new LinkedHashMap<>();

	Electorates(MembershipSettings settings) {
		settings.electorates().forEach((id, defined) -> {
			try {
				Set<Role> roles = defined.roles()
					.stream()
					.map((name) -> Role.ofRealmName(name)
						.orElseThrow(() -> new IllegalArgumentException("'" + name + "' is not a role (one of "
								+ Arrays.stream(Role.values()).map(Role::realmName).collect(Collectors.joining(", "))
								+ ")")))
					.collect(Collectors.toSet());
				this.configured.put(id, new ElectorateDefinition(id, defined.title(), defined.per(), roles,
						Set.copyOf(defined.categories()), defined.usernames()));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("gavel.membership.electorates." + id + ": " + ex.getMessage(), ex);
			}
		});
	}

	/**
	 * The electorates defined in configuration, by title.
	 * @return the definitions
	 */
	public List<ElectorateDefinition> configured() {
		return this.configured.values().stream().sorted(Comparator.comparing(ElectorateDefinition::title)).toList();
	}

	/**
	 * One electorate defined in configuration.
	 * @param id its identifier
	 * @return its definition
	 */
	public Optional<ElectorateDefinition> configured(String id) {
		return Optional.ofNullable(this.configured.get(id));
	}

	/**
	 * The electorate a name stands for, as a request gives it.
	 * @param name a built-in electorate drawn from the directory
	 * ({@code GENERAL_ASSEMBLY}, {@code EXECUTIVE_COMMITTEE}) or a configured one's
	 * identifier
	 * @return the electorate, or why not (for the field {@code electorate})
	 */
	public Outcome<Chosen> resolve(String name) {
		for (Electorate builtIn : Electorate.values()) {
			if (builtIn.name().equals(name) && builtIn.drawn() && builtIn != Electorate.CONFIGURED) {
				return Outcome.accepted(new Chosen(builtIn, null));
			}
		}
		if (name != null && this.configured.containsKey(name)) {
			return Outcome.accepted(new Chosen(Electorate.CONFIGURED, this.configured.get(name)));
		}
		return Outcome.refused("electorate",
				"'" + name + "' is no electorate here: GENERAL_ASSEMBLY, EXECUTIVE_COMMITTEE"
						+ (this.configured.isEmpty() ? ""
								: ", or one configured: " + String.join(", ", this.configured.keySet())));
	}

	/**
	 * How people read a roll's electorate.
	 * @param roll the roll
	 * @return e.g. "General Assembly", or a configured electorate's title
	 */
	public String title(ElectoralRoll roll) {
		return title(roll.key());
	}

	/**
	 * How people read an electorate.
	 * @param key a built-in electorate's name or a configured one's identifier
	 * @return its title; a configured one removed from configuration since keeps its
	 * identifier
	 */
	public String title(String key) {
		return switch (key) {
			case "GENERAL_ASSEMBLY" -> "General Assembly";
			case "EXECUTIVE_COMMITTEE" -> "Executive Committee";
			case "GRIEVANCE_PANEL" -> "Complaints panel";
			default -> configured(key).map(ElectorateDefinition::title).orElse(key);
		};
	}

	/**
	 * An electorate chosen.
	 *
	 * @param electorate built-in, or {@link Electorate#CONFIGURED}
	 * @param definition the configured one's definition, else {@code null}
	 */
	public record Chosen(Electorate electorate, ElectorateDefinition definition) {

	}

}
