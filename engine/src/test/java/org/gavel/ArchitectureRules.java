package org.gavel;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The rules of Gavel's layout that the compiler cannot check, for the code under a root
 * package: {@link ArchitectureTest} applies them to Gavel, {@code ArchitectureRulesTest}
 * to fixtures that break each of them, to show each rule bites.
 */
public final class ArchitectureRules {

	/** Cross-cutting configuration every feature may use. */
	static final String SHARED = "system";

	private ArchitectureRules() {
	}

	/**
	 * The rules of the domain (what a vote counts, when a rule passes) are plain Java, so
	 * they can be read, tested and reused without a container, an engine or a database.
	 * @param root the root package
	 * @return the rule
	 */
	public static ArchRule domainModelsArePlainJava(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..model..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "org.camunda..", "java.sql..", "javax.sql..", "jakarta..",
					"org.apache.velocity..", "com.fasterxml.jackson..", "org.flywaydb..");
	}

	/**
	 * Features are reached through their public types, never through another feature's
	 * web layer.
	 * @param root the root package
	 * @return the rule
	 */
	public static ArchRule webLayersAreLeaves(String root) {
		return noClasses().that()
			.resideOutsideOfPackage(root + "..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(root + "..web..");
	}

	/**
	 * A feature uses another only through that feature's application classes (its use
	 * cases and readers, in its own package), its model, and the contracts of its
	 * processes ({@code BallotProcess}, {@code EcApprovalProcess}): never its
	 * persistence, its demo data, its web layer, its other inner packages (sign-in,
	 * directory, rules, engine glue), nor the steps and facades of its processes.
	 * @param root the root package
	 * @return the rule
	 */
	public static ArchRule featuresMeetOnlyThroughTheirApplicationClasses(String root) {
		return classes().that()
			.resideInAPackage(root + "..")
			.should(new ArchCondition<JavaClass>("use another feature only through its application classes") {

				@Override
				public void check(JavaClass type, ConditionEvents events) {
					String own = feature(root, type.getPackageName());
					for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
						JavaClass target = dependency.getTargetClass();
						String other = feature(root, target.getPackageName());
						if (other != null && !other.equals(own) && !other.equals(SHARED) && internal(root, target)) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}

			});
	}

	/**
	 * A process's steps, listeners and facade reach their feature's tables through its
	 * use cases and readers, never through its persistence (decision 0007: a delegate
	 * calls one application service).
	 * @param root the root package
	 * @return the rule
	 */
	public static ArchRule processGlueUsesNoPersistence(String root) {
		return noClasses().that()
			.resideInAPackage(root + "..process..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(root + "..persistence..");
	}

	/**
	 * What every feature may use depends on none of them: the shared package
	 * ({@code system}) is below the features, so a feature's change never reaches it.
	 * @param root the root package
	 * @return the rule
	 */
	public static ArchRule sharedCodeUsesNoFeature(String root) {
		return classes().that()
			.resideInAPackage(root + "." + SHARED + "..")
			.should(new ArchCondition<JavaClass>("use no feature") {

				@Override
				public void check(JavaClass type, ConditionEvents events) {
					for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
						String other = feature(root, dependency.getTargetClass().getPackageName());
						if (other != null && !other.equals(SHARED)) {
							events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
						}
					}
				}

			});
	}

	private static String feature(String root, String packageName) {
		if (!packageName.startsWith(root + ".")) {
			return null;
		}
		String rest = packageName.substring(root.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

	private static boolean internal(String root, JavaClass target) {
		String layer = target.getPackageName().substring(root.length() + 1);
		layer = (layer.indexOf('.') < 0) ? "" : layer.substring(layer.indexOf('.') + 1);
		if (layer.isEmpty() || layer.equals("model") || layer.startsWith("model.")) {
			return false;
		}
		String topLevel = target.getName().replaceAll("\\$.*", "");
		return !(layer.equals("process") && topLevel.endsWith("Process"));
	}

}
