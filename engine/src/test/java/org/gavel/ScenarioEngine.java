package org.gavel;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * The in-memory process engine of process scenario tests, configured by
 * {@code scenario-engine.cfg.xml}: H2 in memory, full history, no job executor (tests
 * drive jobs and move the clock themselves).
 */
public final class ScenarioEngine {

	private ScenarioEngine() {
	}

	/**
	 * Returns the extension to register in a scenario test.
	 * @return a JUnit 5 extension that injects the {@code ProcessEngine}
	 */
	public static ProcessEngineExtension extension() {
		return ProcessEngineExtension.builder().configurationResource("scenario-engine.cfg.xml").build();
	}

}
