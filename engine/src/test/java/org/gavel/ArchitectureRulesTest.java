package org.gavel;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of {@link ArchitectureRules} finds the fixture that breaks it (under
 * {@code org.gavel.archfixtures}: features {@code alpha} and {@code beta}) and passes
 * what keeps it.
 */
class ArchitectureRulesTest {

	static final String ROOT = "org.gavel.archfixtures";

	/** The first class a violation names: its simple name after the package. */
	static final Pattern CLASS = Pattern.compile("<(?:[a-z]\\w*\\.)+([A-Z]\\w*)");

	static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(ROOT);

	@Test
	void aFeatureReachingIntoAnotherFeaturesTablesStepsPagesOrInnerPackagesIsFound() {
		EvaluationResult result = ArchitectureRules.featuresMeetOnlyThroughTheirApplicationClasses(ROOT)
			.evaluate(FIXTURES);

		assertThat(violators(result)).containsExactlyInAnyOrder("ReadsBetaTables", "CallsBetaStep", "LinksToBetaPages",
				"UsesBetaInnards");
	}

	@Test
	void aProcessStepReadingItsOwnTablesIsFound() {
		EvaluationResult result = ArchitectureRules.processGlueUsesNoPersistence(ROOT).evaluate(FIXTURES);

		assertThat(violators(result)).containsExactly("BetaStepReadingRows");
	}

	@Test
	void sharedCodeUsingAFeatureIsFound() {
		EvaluationResult result = ArchitectureRules.sharedCodeUsesNoFeature(ROOT).evaluate(FIXTURES);

		assertThat(violators(result)).containsExactly("SharedUsingBeta");
	}

	@Test
	void aDomainModelUsingSpringIsFound() {
		EvaluationResult result = ArchitectureRules.domainModelsArePlainJava(ROOT).evaluate(FIXTURES);

		assertThat(violators(result)).containsExactly("Rule");
	}

	@Test
	void aClassOutsideTheWebLayerUsingAControllerIsFound() {
		EvaluationResult result = ArchitectureRules.webLayersAreLeaves(ROOT).evaluate(FIXTURES);

		assertThat(violators(result)).containsExactly("LinksToBetaPages");
	}

	/** The simple names of the classes a rule's violations start from. */
	private static List<String> violators(EvaluationResult result) {
		return result.getFailureReport()
			.getDetails()
			.stream()
			.map(CLASS::matcher)
			.filter(Matcher::find)
			.map((found) -> found.group(1))
			.distinct()
			.toList();
	}

}
