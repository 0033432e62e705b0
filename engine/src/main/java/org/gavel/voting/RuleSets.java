package org.gavel.voting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.gavel.voting.model.RuleSet;
import org.gavel.voting.rules.InvalidRuleSetFileException;
import org.gavel.voting.rules.RuleSetFile;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every rule set Gavel knows, each in all its versions: the files shipped in
 * {@code rulesets/} and those under {@code gavel.voting.rule-sets}. All are read and
 * checked at start-up; one bad file stops the start with every problem listed
 * ({@code VOTING-002}).
 */
public class RuleSets {

	private final Map<String, Map<Integer, RuleSet>> byName = new TreeMap<>();

	private final Map<String, String> sources = new HashMap<>();

	public RuleSets(List<String> locations) throws IOException {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		List<String> problems = new ArrayList<>();
		for (String location : locations) {
			for (Resource resource : resolver.getResources(location)) {
				read(resource, problems);
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidRuleSetFileException(problems);
		}
		VotingLog.RULE_SETS_LOADED
			.log(String.join(", ", all().stream().map((rules) -> rules.name() + " v" + rules.version()).toList()));
	}

	private void read(Resource resource, List<String> problems) throws IOException {
		String file = "rulesets/" + resource.getFilename();
		try (InputStream in = resource.getInputStream()) {
			String source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			RuleSet rules = RuleSetFile.read(file, new ByteArrayInputStream(source.getBytes(StandardCharsets.UTF_8)));
			this.sources.put(rules.name() + ".v" + rules.version(), source);
			RuleSet clash = this.byName.computeIfAbsent(rules.name(), (n) -> new TreeMap<>())
				.put(rules.version(), rules);
			if (clash != null && !clash.equals(rules)) {
				problems.add(file + ": rule set " + rules.name() + " version " + rules.version()
						+ " is defined twice, differently; give the new one a new version");
			}
		}
		catch (InvalidRuleSetFileException ex) {
			problems.addAll(ex.problems());
		}
	}

	/**
	 * Finds one version of a rule set.
	 * @param name the rule set's name
	 * @param version the version
	 * @return the rule set, if known
	 */
	public Optional<RuleSet> find(String name, int version) {
		return Optional.ofNullable(this.byName.getOrDefault(name, Map.of()).get(version));
	}

	/**
	 * Finds the newest version of a rule set.
	 * @param name the rule set's name
	 * @return its newest version, if known
	 */
	public Optional<RuleSet> latest(String name) {
		return this.byName.getOrDefault(name, Map.of())
			.values()
			.stream()
			.max(Comparator.comparingInt(RuleSet::version));
	}

	/**
	 * Checks a setting names a known rule set, so that a misspelt one stops the start-up
	 * instead of the first ballot that needs it.
	 * @param name the rule set the setting names
	 * @param setting the setting, e.g. {@code gavel.grievances.panel-rule-set}
	 * @return the rule set's newest version
	 * @throws IllegalStateException naming the setting and the known rule sets
	 */
	public RuleSet required(String name, String setting) {
		return latest(name).orElseThrow(() -> new IllegalStateException(
				setting + " is '" + name + "', which names no rule set; the rule sets are: "
						+ String.join(", ", this.byName.keySet().stream().sorted().toList())));
	}

	/**
	 * Returns the text of the file a rule set was read from, which a ballot keeps when it
	 * opens.
	 * @param rules a rule set of this catalogue
	 * @return the file's text
	 */
	public String source(RuleSet rules) {
		return this.sources.get(rules.name() + ".v" + rules.version());
	}

	/**
	 * What a rule set does, as its file's opening comment says it.
	 * @param rules a rule set of this catalogue
	 * @return the comment's text, its lines joined
	 */
	public String description(RuleSet rules) {
		StringBuilder text = new StringBuilder();
		for (String line : source(rules).split("\\R")) {
			if (!line.startsWith("#")) {
				break;
			}
			text.append(text.isEmpty() ? "" : " ").append(line.substring(1).strip());
		}
		return text.toString();
	}

	public List<RuleSet> all() {
		return this.byName.values().stream().flatMap((versions) -> versions.values().stream()).toList();
	}

}
