package org.gavel.voting.process;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The ballot's process steps, listeners and facade reach the ballot box through the
 * voting feature's use cases and readers, never through its persistence.
 */
@AnalyzeClasses(packages = "org.gavel.voting", importOptions = ImportOption.DoNotIncludeTests.class)
class ProcessGlueArchitectureTest {

	@ArchTest
	static final ArchRule processGlueUsesNoPersistence = noClasses().that()
		.resideInAPackage("org.gavel.voting.process..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.gavel.voting.persistence..");

}
