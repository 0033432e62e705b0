package org.gavel.membership;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.gavel.membership.directory.DemoLogins;
import org.gavel.membership.directory.RealmFileDirectory;
import org.gavel.membership.engine.EngineIdentityLogin;
import org.gavel.membership.engine.EngineIdentitySync;
import org.gavel.membership.signin.ActiveAccountFilter;
import org.gavel.membership.signin.ApiTokenFilter;
import org.gavel.system.SignIn;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * The membership directory of the embedded default
 * ({@code gavel.identity.provider=realm-file}): the realm file is both the portal's user
 * directory and, mirrored, the process engine's.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentitySettings.class)
@ConditionalOnProperty(name = "gavel.identity.provider", havingValue = "realm-file", matchIfMissing = true)
class MembershipConfiguration {

	@Bean
	RealmFileDirectory realmFileDirectory(IdentitySettings settings) throws IOException {
		return new RealmFileDirectory(settings.realmFile());
	}

	@Bean
	DemoLogins demoLogins(RealmFileDirectory directory, Environment environment) {
		// the passwords are printed for the embedded default alone: a deployment on
		// PostgreSQL is told that its realm file holds some, not what they are
		return new DemoLogins(directory,
				!environment.matchesProfiles("postgres") && !environment.matchesProfiles("keycloak"));
	}

	@Bean
	EngineIdentitySync engineIdentitySync(RealmFileDirectory directory) {
		return new EngineIdentitySync(directory);
	}

	@Bean
	SignIn loginPage(ObjectProvider<IdentityService> identities, RealmFileDirectory directory, ApiTokens tokens) {
		return new SignIn() {

			@Override
			public void configure(HttpSecurity http) throws Exception {
				http.authenticationProvider(new EngineIdentityLogin(identities.getObject(), directory))
					.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/me"));
				ApiTokenFilter.install(http, tokens);
				ActiveAccountFilter.install(http, directory);
			}

			@Override
			public String entryPoint() {
				return "/login";
			}

		};
	}

}
