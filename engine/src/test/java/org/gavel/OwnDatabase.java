package org.gavel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test's application context at a database of its own on the test PostgreSQL
 * (created afresh), for a test that must not share the common one: it measures the pool,
 * reads the whole outbox, or needs a directory of hundreds of voters. A subclass names
 * the database and, if it wants one, how many voters {@link LargeRealm} adds.
 */
public abstract class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private final String name;

	private final int voters;

	protected OwnDatabase(String name, int voters) {
		this.name = name;
		this.voters = voters;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		RealPostgres.Server server = RealPostgres.freshDatabase(this.name);
		// An engine of its own name too: Camunda keeps engines in a static registry by
		// name,
		// and the REST API of the common test context serves the one named "default".
		List<String> properties = new ArrayList<>(List.of("spring.datasource.url=" + server.url(),
				"spring.datasource.username=" + server.username(), "spring.datasource.password=" + server.password(),
				"camunda.bpm.process-engine-name=" + this.name));
		if (this.voters > 0) {
			Path realm = LargeRealm.write(this.voters);
			properties.add("gavel.identity.realm-file=file:" + realm.toAbsolutePath());
		}
		properties.addAll(more());
		TestPropertyValues.of(properties).applyTo(context);
	}

	/**
	 * Further properties of the test's context.
	 * @return {@code name=value} pairs
	 */
	protected List<String> more() {
		return List.of();
	}

}
