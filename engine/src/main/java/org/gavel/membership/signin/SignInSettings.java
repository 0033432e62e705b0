package org.gavel.membership.signin;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many failed sign-ins are allowed before further attempts are refused for a while
 * ({@code gavel.sign-in.*}): from one client address for one account, from one address
 * for any account, and for one account from anywhere. Each limit refills on its own, so a
 * lock lifts by itself; the first has a slower second window (half as many failures
 * again, within twelve times as long), so the delay grows with the failures.
 *
 * @param failuresPerAccountAndAddress failures allowed for one account from one address
 * @param windowPerAccountAndAddress within how long
 * @param failuresPerAddress failures allowed from one address, whatever the accounts
 * @param windowPerAddress within how long
 * @param failuresPerAccount failures allowed for one account, whatever the addresses
 * @param windowPerAccount within how long
 */
@Validated
@ConfigurationProperties("gavel.sign-in")
public record SignInSettings(@Positive @DefaultValue("5") int failuresPerAccountAndAddress,
		@NotNull @DefaultValue("PT5M") Duration windowPerAccountAndAddress,
		@Positive @DefaultValue("30") int failuresPerAddress, @NotNull @DefaultValue("PT15M") Duration windowPerAddress,
		@Positive @DefaultValue("50") int failuresPerAccount,
		@NotNull @DefaultValue("PT1H") Duration windowPerAccount) {

	public Limit perAccountAndAddress() {
		return new Limit(this.failuresPerAccountAndAddress, this.windowPerAccountAndAddress);
	}

	public Limit perAddress() {
		return new Limit(this.failuresPerAddress, this.windowPerAddress);
	}

	public Limit perAccount() {
		return new Limit(this.failuresPerAccount, this.windowPerAccount);
	}

	/**
	 * So many failures within so long.
	 *
	 * @param failures how many
	 * @param within in how long (they come back evenly over that time)
	 */
	public record Limit(int failures, Duration within) {

	}

}
