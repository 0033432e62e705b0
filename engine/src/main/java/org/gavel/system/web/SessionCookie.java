package org.gavel.system.web;

import org.gavel.system.GavelProperties;

import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The session cookie is {@code Secure} whenever people reach Gavel over HTTPS, as
 * {@code GAVEL_PUBLIC_URL} says (an HTTP-only and SameSite=Lax cookie in any case).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookie {

	@Bean
	ServletContextInitializer secureSessionCookie(GavelProperties properties) {
		return (servletContext) -> {
			if (properties.publicUrl().startsWith("https://")) {
				servletContext.getSessionCookieConfig().setSecure(true);
			}
		};
	}

}
