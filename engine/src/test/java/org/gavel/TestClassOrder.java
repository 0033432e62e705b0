package org.gavel;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes by name, those against the real Keycloak after the others, so
 * that Keycloak's boot, begun in the background when the run starts
 * ({@link KeycloakEarlyStart}), overlaps them; and those marked {@link RunsLast} at the
 * very end. Set in {@code junit-platform.properties}.
 */
public class TestClassOrder implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator.comparingInt(TestClassOrder::rank)
				.thenComparing((descriptor) -> descriptor.getTestClass().getName()));
	}

	private static int rank(ClassDescriptor descriptor) {
		if (descriptor.isAnnotated(RunsLast.class)) {
			return 2;
		}
		return descriptor.isAnnotated(GavelKeycloakIntegrationTest.class) ? 1 : 0;
	}

}
