package org.gavel;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules of Gavel's layout that the compiler cannot check (see
 * {@link ArchitectureRules}).
 */
@AnalyzeClasses(packages = "org.gavel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule domainModelsArePlainJava = ArchitectureRules.domainModelsArePlainJava("org.gavel");

	@ArchTest
	static final ArchRule webLayersAreLeaves = ArchitectureRules.webLayersAreLeaves("org.gavel");

	@ArchTest
	static final ArchRule featuresMeetOnlyThroughTheirApplicationClasses = ArchitectureRules
		.featuresMeetOnlyThroughTheirApplicationClasses("org.gavel");

	@ArchTest
	static final ArchRule processGlueUsesNoPersistence = ArchitectureRules.processGlueUsesNoPersistence("org.gavel");

	@ArchTest
	static final ArchRule sharedCodeUsesNoFeature = ArchitectureRules.sharedCodeUsesNoFeature("org.gavel");

}
