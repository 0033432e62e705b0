package org.gavel;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of Gavel's layout that the compiler cannot check.
 */
@AnalyzeClasses(packages = "org.gavel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	/**
	 * The rules of the domain (what a vote counts, when a rule passes) are plain Java, so
	 * they can be read, tested and reused without a container, an engine or a database.
	 */
	@ArchTest
	static final ArchRule domainModelsArePlainJava = noClasses().that()
		.resideInAPackage("org.gavel..model..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.camunda..", "java.sql..", "javax.sql..", "jakarta..",
				"org.apache.velocity..", "com.fasterxml.jackson..", "org.flywaydb..");

	/**
	 * Features are reached through their public types, never through another feature's
	 * web layer.
	 */
	@ArchTest
	static final ArchRule webLayersAreLeaves = noClasses().that()
		.resideOutsideOfPackage("org.gavel..web..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.gavel..web..");

}
