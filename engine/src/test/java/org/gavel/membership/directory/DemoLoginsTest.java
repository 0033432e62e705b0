package org.gavel.membership.directory;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The start-up hint prints the demo realm's passwords on the embedded defaults alone;
 * elsewhere it warns that the realm file holds passwords in clear, without them.
 */
class DemoLoginsTest {

	private final RealmFileDirectory demoRealm = new RealmFileDirectory(
			new ClassPathResource("keycloak-realm/gavel-realm.json"));

	DemoLoginsTest() throws IOException {
	}

	@Test
	void theEmbeddedDefaultsShowOneLoginPerRoleWithItsPassword() {
		assertThat(new DemoLogins(this.demoRealm, true).text()).contains("secretariat", "sara", "password 'demo'");
	}

	@Test
	void elsewhereNoPasswordIsPrintedButTheRealmFileIsNamedAsUnsafe() {
		String text = new DemoLogins(this.demoRealm, false).text();

		assertThat(text).startsWith("Warning: the realm file holds the passwords of ")
			.contains("accounts in clear")
			.doesNotContain("'demo'", "password '");
	}

}
