package org.gavel.membership.keycloak;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakUnreachableTest {

	private final KeycloakUnreachable analyzer = new KeycloakUnreachable();

	@Test
	void explainsThatKeycloakMustBeUpFirst() {
		IllegalArgumentException discovery = new IllegalArgumentException(
				"Unable to resolve Configuration with the provided Issuer of \"http://kc:8080/realms/gavel\"",
				new IllegalStateException("I/O error", new ConnectException("Connection refused")));

		FailureAnalysis analysis = this.analyzer.analyze(new RuntimeException("start failed", discovery));

		assertThat(analysis.getDescription()).isEqualTo(
				"IDENTITY-005 Gavel could not reach Keycloak's realm at http://kc:8080/realms/gavel: ConnectException Connection refused.");
		assertThat(analysis.getAction()).startsWith("Start Keycloak first");
	}

	@Test
	void leavesOtherFailuresToOtherAnalyzers() {
		assertThat(this.analyzer.analyze(new IllegalArgumentException("something else"))).isNull();
	}

}
