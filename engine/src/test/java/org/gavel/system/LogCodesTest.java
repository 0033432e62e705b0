package org.gavel.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The log codes: each feature's catalogue (an enum implementing {@link LogCode}), every
 * code unique, the tables of docs/operations.md listing exactly these codes at these
 * levels, and no code written by hand outside a catalogue.
 */
class LogCodesTest {

	static final Path OPERATIONS = Path.of("..", "docs", "operations.md");

	static final Path SOURCES = Path.of("src", "main", "java");

	static final Pattern ROW = Pattern.compile("^\\| `([A-Z]+-\\d{3})` \\| (\\w+) \\|");

	@Test
	void everyFeatureKeepsItsCodesInOneCatalogue() {
		assertThat(catalogues()).extracting(Class::getSimpleName)
			.containsExactlyInAnyOrder("SystemLog", "IdentityLog", "VotingLog", "ApprovalLog", "ResolutionLog",
					"MailLog", "FormsLog", "DemoLog", "GrievanceLog", "GrantLog");
		for (Class<?> catalogue : catalogues()) {
			assertThat(Arrays.stream(catalogue.getEnumConstants())
				.map((code) -> ((LogCode) code).entry().code().replaceAll("-\\d+$", ""))
				.distinct()).as(catalogue.getSimpleName() + " has one prefix").hasSize(1);
		}
	}

	@Test
	void everyCodeIsUnique() {
		List<String> codes = entries().stream().map(LogCode.Entry::code).toList();

		assertThat(codes).doesNotHaveDuplicates();
	}

	@Test
	void theOperationsGuideListsExactlyTheCatalogues() throws IOException {
		Map<String, String> documented = new TreeMap<>();
		for (String line : Files.readAllLines(OPERATIONS)) {
			Matcher row = ROW.matcher(line);
			if (row.find()) {
				assertThat(documented.put(row.group(1), row.group(2))).as(row.group(1) + " is listed once").isNull();
			}
		}
		Map<String, String> catalogued = new TreeMap<>();
		entries().forEach((entry) -> catalogued.put(entry.code(), entry.level().name()));

		assertThat(documented).isEqualTo(catalogued);
	}

	@Test
	void noCodeIsWrittenOutsideItsCatalogue() throws IOException {
		Set<String> prefixes = entries().stream()
			.map((entry) -> entry.code().replaceAll("-\\d+$", ""))
			.collect(Collectors.toSet());
		Pattern literal = Pattern.compile("\"(" + String.join("|", prefixes) + ")-\\d{3}\\b");
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				if (file.getFileName().toString().endsWith("Log.java")) {
					continue;
				}
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (literal.matcher(lines.get(i)).find()) {
						found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}

		assertThat(found).as("codes written by hand instead of through a catalogue").isEmpty();
	}

	@Test
	void aCatalogueEntryWritesItsCodeBeforeItsMessage() {
		assertThat(SystemLog.DATABASE_BUSY.text("GET", "/ballots"))
			.isEqualTo("SYSTEM-010 no database connection free for GET /ballots: answered 503");
	}

	private static final List<Class<?>> CATALOGUES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.gavel")
		.stream()
		.filter((type) -> type.isEnum() && type.isAssignableTo(LogCode.class))
		.map(JavaClass::reflect)
		.<Class<?>>map((type) -> type)
		.toList();

	static List<Class<?>> catalogues() {
		return CATALOGUES;
	}

	static List<LogCode.Entry> entries() {
		return CATALOGUES.stream()
			.flatMap((catalogue) -> Arrays.stream(catalogue.getEnumConstants()))
			.map((code) -> ((LogCode) code).entry())
			.toList();
	}

}
