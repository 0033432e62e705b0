package org.gavel.voting.rules;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.gavel.voting.model.Comparison;
import org.gavel.voting.model.Denominator;
import org.gavel.voting.model.InvalidRuleSetException;
import org.gavel.voting.model.Quorum;
import org.gavel.voting.model.RuleSet;
import org.gavel.voting.model.Share;
import org.gavel.voting.model.Weighting;

/**
 * Reads one rule-set file ({@code rulesets/<name>.v<version>.yaml}); see
 * docs/voting-rules.md for the format.
 */
public final class RuleSetFile {

	private static final YAMLMapper YAML = new YAMLMapper();

	private RuleSetFile() {
	}

	/**
	 * Reads a rule set.
	 * @param file the file's name, used in messages and checked against the content
	 * @param yaml the content
	 * @return the rule set
	 * @throws InvalidRuleSetFileException with every problem found
	 */
	public static RuleSet read(String file, InputStream yaml) {
		List<String> problems = new ArrayList<>();
		JsonNode root;
		try {
			root = YAML.readTree(yaml);
		}
		catch (IOException ex) {
			throw new InvalidRuleSetFileException(
					List.of(file + ": not valid YAML: " + ex.getMessage().lines().findFirst().orElse("")));
		}
		Fields top = new Fields(file, "", (root != null) ? root : YAML.createObjectNode(), problems, "name", "version",
				"title", "source", "weighting", "quorum", "conditions", "ties", "mechanics");
		String name = top.text("name");
		int version = top.integer("version");
		String expected = name + ".v" + version + ".yaml";
		if (name != null && !file.endsWith(expected)) {
			problems
				.add(file + ": the file of rule set " + name + " version " + version + " must be named " + expected);
		}
		Weighting weighting = weighting(top.object("weighting", "mode", "chambers", "subChambers", "memberTypes",
				"normaliseOver", "emptyGroups"));
		Quorum quorum = top.has("quorum") ? quorum(top.object("quorum", "basis", "scope", "comparison", "threshold",
				"counting", "onFailure", "level", "online")) : null;
		List<RuleSet.Condition> conditions = conditions(top);
		RuleSet.TieRule ties = top.choice("ties", RuleSet.TieRule.class);
		RuleSet.Mechanics mechanics = mechanics(top.object("mechanics", "voteChangeAllowed", "secret", "consensusFirst",
				"proxies", "closeWhenAllVoted", "paperBallots"));
		if (!problems.isEmpty()) {
			throw new InvalidRuleSetFileException(problems);
		}
		try {
			return new RuleSet(name, version, top.has("title") ? top.text("title") : name, weighting, quorum,
					conditions, ties, mechanics);
		}
		catch (InvalidRuleSetException ex) {
			throw new InvalidRuleSetFileException(
					ex.problems().stream().map((problem) -> file + ": " + problem).toList());
		}
	}

	private static Weighting weighting(Fields fields) {
		return new Weighting(fields.choice("mode", Weighting.Mode.class), fields.shares("chambers"),
				fields.shares("subChambers"), fields.shares("memberTypes"),
				fields.choice("normaliseOver", Weighting.Base.class, Weighting.Base.VOTERS),
				fields.choice("emptyGroups", Weighting.EmptyGroups.class, Weighting.EmptyGroups.REDISTRIBUTE));
	}

	private static Quorum quorum(Fields fields) {
		Quorum.Basis basis = fields.choice("basis", Quorum.Basis.class);
		Quorum.Scope scope = fields.choice("scope", Quorum.Scope.class);
		Comparison comparison = fields.choice("comparison", Comparison.class);
		Share threshold = fields.share("threshold");
		Set<Quorum.Counting> counting = EnumSet.noneOf(Quorum.Counting.class);
		JsonNode list = fields.raw("counting");
		for (int i = 0; i < list.size(); i++) {
			String value = list.get(i).asText();
			try {
				counting.add(Quorum.Counting.valueOf(value));
			}
			catch (IllegalArgumentException ex) {
				fields.problem("counting[" + i + "]", "'" + value + "' is not allowed; expected one of "
						+ String.join(", ", Arrays.stream(Quorum.Counting.values()).map(Enum::name).toList()));
			}
		}
		return new Quorum(basis, scope, comparison, threshold, counting,
				fields.choice("onFailure", Quorum.OnFailure.class),
				fields.choice("level", Quorum.Level.class, Quorum.Level.BALLOT), fields.bool("online", true));
	}

	private static List<RuleSet.Condition> conditions(Fields top) {
		List<RuleSet.Condition> conditions = new ArrayList<>();
		JsonNode list = top.raw("conditions");
		if (!list.isArray() || list.isEmpty()) {
			top.problem("conditions", "is required: a list of overall and perChamber conditions");
			return conditions;
		}
		for (int i = 0; i < list.size(); i++) {
			Fields item = new Fields(top.file(), top.at("conditions[" + i + "]"), list.get(i), top.problems(),
					"overall", "perChamber");
			if (item.has("overall")) {
				Fields c = item.object("overall", "threshold", "comparison", "denominator");
				conditions.add(new RuleSet.Overall(c.share("threshold"), c.choice("comparison", Comparison.class),
						c.choice("denominator", Denominator.class)));
			}
			else if (item.has("perChamber")) {
				Fields c = item.object("perChamber", "threshold", "comparison", "denominator", "scope",
						"onlyIfAnyAgainst");
				conditions.add(new RuleSet.PerChamber(c.share("threshold"), c.choice("comparison", Comparison.class),
						c.choice("denominator", Denominator.class), c.choice("scope", RuleSet.ChamberScope.class),
						c.bool("onlyIfAnyAgainst", false)));
			}
			else {
				item.problem("", "expected overall or perChamber");
			}
		}
		return conditions;
	}

	private static RuleSet.Mechanics mechanics(Fields fields) {
		boolean voteChangeAllowed = fields.bool("voteChangeAllowed");
		boolean secret = fields.bool("secret");
		boolean consensusFirst = fields.bool("consensusFirst");
		RuleSet.Proxies proxies = null;
		if (fields.has("proxies")) {
			Fields p = fields.object("proxies", "maxPrincipals", "deadlineBeforeClose");
			Map<String, Integer> caps = new LinkedHashMap<>();
			p.raw("maxPrincipals").fields().forEachRemaining((entry) -> {
				if (entry.getValue().canConvertToInt() && entry.getValue().asInt() > 0) {
					caps.put(entry.getKey(), entry.getValue().asInt());
				}
				else {
					p.problem("maxPrincipals." + entry.getKey(), "must be a positive whole number");
				}
			});
			proxies = new RuleSet.Proxies(caps, p.duration("deadlineBeforeClose"));
		}
		return new RuleSet.Mechanics(voteChangeAllowed, secret, proxies, consensusFirst,
				fields.bool("closeWhenAllVoted", false), fields.bool("paperBallots", false));
	}

}
