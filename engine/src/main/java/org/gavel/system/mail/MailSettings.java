package org.gavel.system.mail;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Mail settings ({@code gavel.mail.*}); the SMTP server itself is Spring Boot's
 * {@code spring.mail.*}.
 *
 * @param from the sender of Gavel's mail
 * @param pollInterval how often the outbox is looked at for mail that is due; zero for
 * never
 * @param maxAttempts how many times a mail is tried before it is left for the secretariat
 * to look at
 * @param deliverOnCommit whether mail is sent as soon as the transaction that queued it
 * commits; off, it waits for the next poll (tests that share one database turn both off
 * and deliver themselves)
 */
@Validated
@ConfigurationProperties("gavel.mail")
public record MailSettings(@NotBlank @DefaultValue("Gavel <gavel@localhost>") String from,
		@NotNull @DefaultValue("PT10S") Duration pollInterval, @Positive @DefaultValue("12") int maxAttempts,
		@DefaultValue("true") boolean deliverOnCommit) {

}
