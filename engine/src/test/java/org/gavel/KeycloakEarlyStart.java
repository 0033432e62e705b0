package org.gavel;

import java.util.ArrayDeque;
import java.util.Deque;

import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the test Keycloak in the background as soon as a test run that needs it begins:
 * when the plan holds a class annotated {@link GavelKeycloakIntegrationTest}, the boot
 * overlaps the tests before it ({@link TestClassOrder} runs those classes after the
 * others). Registered in {@code META-INF/services}; a run without such a class starts
 * nothing.
 */
public class KeycloakEarlyStart implements TestExecutionListener {

	@Override
	public void testPlanExecutionStarted(TestPlan plan) {
		Deque<TestIdentifier> pending = new ArrayDeque<>(plan.getRoots());
		while (!pending.isEmpty()) {
			TestIdentifier identifier = pending.pop();
			TestSource source = identifier.getSource().orElse(null);
			if (source instanceof ClassSource type && needsKeycloak(type)) {
				RealKeycloak.startInBackground();
				return;
			}
			pending.addAll(plan.getChildren(identifier));
		}
	}

	static boolean needsKeycloak(ClassSource source) {
		try {
			return source.getJavaClass().isAnnotationPresent(GavelKeycloakIntegrationTest.class);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

}
