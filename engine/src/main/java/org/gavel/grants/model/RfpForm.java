package org.gavel.grants.model;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.gavel.system.Outcome;
import org.gavel.system.Refusal;

/**
 * The RFP form's values ({@code forms/rfp.form}) read into a {@link Rfp.Draft}: the
 * criteria and the required files are typed one per line, their parts separated by
 * {@code |}, so that the same form works in the portal and in Tasklist. Each line's
 * mistake is refused by its field with the line's number.
 */
public final class RfpForm {

	/** The file types an RFP may ask for, by the extension a chair types. */
	public static final Map<String, String> FILE_TYPES = fileTypes();

	private RfpForm() {
	}

	/**
	 * Reads the form's values.
	 * @param values the checked values of the RFP form
	 * @return the draft to check against the present, or the lines' problems by field
	 */
	public static Outcome<Rfp.Draft> read(Map<String, Object> values) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<Criterion> criteria = criteria(text(values, "criteria"), problems);
		List<RequiredAttachment> attachments = attachments(text(values, "attachments"), problems);
		Set<String> panel = new LinkedHashSet<>();
		Arrays.stream(text(values, "panel").split("[,\\s]+"))
			.map(String::strip)
			.filter((name) -> !name.isEmpty())
			.forEach(panel::add);
		int perProposal;
		try {
			perProposal = Integer.parseInt(text(values, "evaluatorsPerProposal").strip());
		}
		catch (NumberFormatException ex) {
			problems.put("evaluatorsPerProposal", "is a whole number, e.g. 2");
			perProposal = 0;
		}
		if (!problems.isEmpty()) {
			return Outcome.refused(Refusal.ofFields(problems));
		}
		return Outcome.accepted(new Rfp.Draft(text(values, "title"), text(values, "scope"), text(values, "currency"),
				text(values, "ceiling"), text(values, "largestGrant"), text(values, "countries"),
				text(values, "organisationTypes"), flag(values, "membersOnly"), criteria, text(values, "questionsOpen"),
				text(values, "questionsClose"), text(values, "deadline"), text(values, "zone"), attachments, panel,
				perProposal, flag(values, "matchedFunding")));
	}

	/**
	 * Writes an RFP back into the form's values, as its revision form shows them.
	 * @param rfp the RFP
	 * @return the values by field key
	 */
	public static Map<String, String> values(Rfp rfp) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("title", rfp.title());
		values.put("scope", rfp.scope());
		values.put("currency", rfp.ceiling().currency().getCurrencyCode());
		values.put("ceiling", rfp.ceiling().amount().toPlainString());
		values.put("largestGrant", rfp.largestGrant().amount().toPlainString());
		values.put("countries", String.join(", ", rfp.countries()));
		values.put("organisationTypes", String.join(", ", rfp.organisationTypes()));
		values.put("membersOnly", Boolean.toString(rfp.membersOnly()));
		StringBuilder criteria = new StringBuilder();
		for (Criterion criterion : rfp.criteria().list()) {
			criteria.append(criterion.weight())
				.append(" | ")
				.append(criterion.maxScore())
				.append(" | ")
				.append(criterion.title())
				.append(" | ")
				.append(criterion.guidance())
				.append('\n');
		}
		values.put("criteria", criteria.toString().strip());
		StringBuilder attachments = new StringBuilder();
		for (RequiredAttachment attachment : rfp.attachments()) {
			attachments.append(attachment.label())
				.append(" | ")
				.append(String.join(", ", attachment.extensions()))
				.append(" | ")
				.append(attachment.maxBytes() / (1024 * 1024))
				.append('\n');
		}
		values.put("attachments", attachments.toString().strip());
		values.put("questionsOpen", local(rfp, rfp.questionsOpen()));
		values.put("questionsClose", local(rfp, rfp.questionsClose()));
		values.put("deadline", local(rfp, rfp.deadline()));
		values.put("zone", rfp.zone().getId());
		values.put("panel", String.join(", ", rfp.panel()));
		values.put("evaluatorsPerProposal", Integer.toString(rfp.evaluatorsPerProposal()));
		values.put("matchedFunding", Boolean.toString(rfp.matchedFunding()));
		return values;
	}

	private static String local(Rfp rfp, Instant at) {
		return at.atZone(rfp.zone()).toLocalDateTime().toString();
	}

	/**
	 * Reads criteria, one per line: {@code weight | maximum score | title | guidance}.
	 * @param text the lines
	 * @param problems where a line's mistake goes, by the field {@code criteria}
	 * @return the criteria, keys made from their titles
	 */
	static List<Criterion> criteria(String text, Map<String, String> problems) {
		List<Criterion> criteria = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (Line line : Line.of(text, 4)) {
			String at = line.at();
			String[] parts = line.parts();
			if (parts.length < 3) {
				problems.putIfAbsent("criteria",
						at + "write weight | maximum score | title | guidance, e.g. 40 | 5 | Impact on smallholders | "
								+ "0: none, 5: transformative");
				continue;
			}
			Integer weight = whole(parts[0]);
			Integer max = whole(parts[1]);
			String title = parts[2].strip();
			if (weight == null) {
				problems.putIfAbsent("criteria", at + "the weight '" + parts[0].strip() + "' is not a whole percent");
				continue;
			}
			if (max == null) {
				problems.putIfAbsent("criteria",
						at + "the maximum score '" + parts[1].strip() + "' is not a whole number");
				continue;
			}
			if (title.isEmpty()) {
				problems.putIfAbsent("criteria", at + "the criterion needs a title");
				continue;
			}
			String key = key(title);
			for (int n = 2; !keys.add(key); n++) {
				key = key(title) + "-" + n;
			}
			criteria.add(new Criterion(key, title, weight, max, (parts.length > 3) ? parts[3].strip() : ""));
		}
		if (!problems.containsKey("criteria")) {
			Criteria.of(criteria).ifRefused((refusal) -> problems.put("criteria", lined(refusal)));
		}
		return criteria;
	}

	/**
	 * Reads required files, one per line: {@code what | types | largest size in MB}.
	 * @param text the lines; blank for none
	 * @param problems where a line's mistake goes, by the field {@code attachments}
	 * @return the required files
	 */
	static List<RequiredAttachment> attachments(String text, Map<String, String> problems) {
		List<RequiredAttachment> attachments = new ArrayList<>();
		for (Line line : Line.of(text, 0)) {
			String at = line.at();
			String[] parts = line.parts();
			if (parts.length != 3 || parts[0].isBlank()) {
				problems.putIfAbsent("attachments",
						at + "write what | types | largest size in MB, e.g. Budget (our template) | xlsx, ods | 5");
				continue;
			}
			Set<String> types = new LinkedHashSet<>();
			for (String extension : parts[1].split("[,\\s]+")) {
				String ext = extension.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "");
				if (ext.isEmpty()) {
					continue;
				}
				String type = FILE_TYPES.get(ext);
				if (type == null) {
					problems.putIfAbsent("attachments", at + "'" + ext + "' is not a type proposals may attach; use "
							+ String.join(", ", FILE_TYPES.keySet()));
				}
				else {
					types.add(type);
				}
			}
			Integer megabytes = whole(parts[2]);
			if (types.isEmpty() && !problems.containsKey("attachments")) {
				problems.put("attachments", at + "name at least one type, e.g. pdf");
			}
			else if (megabytes == null || megabytes < 1 || megabytes > 50) {
				problems.putIfAbsent("attachments", at + "the size is whole megabytes from 1 to 50");
			}
			else if (!problems.containsKey("attachments")) {
				attachments.add(new RequiredAttachment(parts[0].strip(), types, megabytes * 1024L * 1024L));
			}
		}
		return attachments;
	}

	private static String lined(Refusal refusal) {
		if (refusal.fields().isEmpty()) {
			return refusal.reason();
		}
		Map.Entry<String, String> first = refusal.fields().entrySet().iterator().next();
		String field = first.getKey();
		if (field.startsWith("criteria[")) {
			int index = Integer.parseInt(field.substring(9, field.indexOf(']')));
			String part = field.substring(field.indexOf("].") + 2);
			return "criterion " + (index + 1) + ", " + switch (part) {
				case "weight" -> "weight";
				case "maxScore" -> "maximum score";
				default -> part;
			} + ": " + first.getValue();
		}
		return first.getValue();
	}

	private static Integer whole(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String key(String title) {
		String plain = Normalizer.normalize(title, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-+|-+$", "");
		if (plain.isEmpty() || !Character.isLetter(plain.charAt(0))) {
			plain = "c-" + plain;
		}
		return (plain.length() > 36) ? plain.substring(0, 36).replaceAll("-+$", "") : plain;
	}

	private static String text(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return (value != null) ? value.toString() : "";
	}

	private static boolean flag(Map<String, Object> values, String key) {
		Object value = values.get(key);
		return Boolean.TRUE.equals(value) || "true".equals(value);
	}

	private static Map<String, String> fileTypes() {
		Map<String, String> types = new LinkedHashMap<>();
		types.put("pdf", "application/pdf");
		types.put("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
		types.put("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		types.put("odt", "application/vnd.oasis.opendocument.text");
		types.put("ods", "application/vnd.oasis.opendocument.spreadsheet");
		types.put("jpg", "image/jpeg");
		types.put("png", "image/png");
		types.put("txt", "text/plain");
		return Collections.unmodifiableMap(types);
	}

}
