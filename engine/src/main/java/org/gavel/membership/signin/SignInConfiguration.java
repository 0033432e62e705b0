package org.gavel.membership.signin;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gavel.membership.SignInThrottle;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sign-in throttling, in front of Spring Security and the engine's own authentication
 * filters, for every path that checks a password.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignInSettings.class)
class SignInConfiguration {

	/**
	 * Turns off the engine's own lock on repeated wrong passwords: a growing delay and,
	 * after ten failures, a permanent lock that anyone could trigger for any account.
	 * {@link SignInThrottle} does the job, with locks that lift by themselves.
	 * @return the engine plugin
	 */
	@Bean
	AbstractProcessEnginePlugin noPermanentEngineLock() {
		return new AbstractProcessEnginePlugin() {

			@Override
			public void preInit(ProcessEngineConfigurationImpl configuration) {
				configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
				configuration.setLoginDelayBase(0);
			}

		};
	}

	@Bean
	FilterRegistrationBean<Filter> signInThrottleFilter(SignInThrottle throttle) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new SignInThrottleFilter(throttle));
		registration.setName("gavel-sign-in-throttle");
		registration.addUrlPatterns("/*");
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
		registration.setAsyncSupported(true);
		return registration;
	}

}
