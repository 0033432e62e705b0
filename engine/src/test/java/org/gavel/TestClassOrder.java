package org.gavel;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Runs the test classes by name, those against the real Keycloak after the others, so
 * that Keycloak's boot, begun in the background when the run starts
 * ({@link KeycloakEarlyStart}), overlaps them. Set in {@code junit-platform.properties}.
 */
public class TestClassOrder implements ClassOrderer {

	@Override
	public void orderClasses(ClassOrdererContext context) {
		context.getClassDescriptors()
			.sort(Comparator
				.comparing((ClassDescriptor descriptor) -> descriptor.isAnnotated(GavelKeycloakIntegrationTest.class))
				.thenComparing((descriptor) -> descriptor.getTestClass().getName()));
	}

}
