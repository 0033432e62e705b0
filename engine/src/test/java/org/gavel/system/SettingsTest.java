package org.gavel.system;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;

import org.gavel.approvals.ApprovalSettings;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.membership.IdentitySettings;
import org.gavel.membership.signin.SignInSettings;
import org.gavel.resolutions.ResolutionSettings;
import org.gavel.system.mail.MailSettings;
import org.gavel.system.web.ApiSettings;
import org.gavel.voting.VotingSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each feature's settings record: its defaults when nothing is set, and a start-up that
 * stops on a bad value with a message naming the setting.
 */
class SettingsTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(AllSettings.class);

	@Test
	void withNothingSetEachFeatureHasItsDocumentedDefaults() {
		this.context.run((started) -> {
			assertThat(started).hasNotFailed();
			ApprovalSettings approvals = started.getBean(ApprovalSettings.class);
			assertThat(approvals.reviewPeriod()).isEqualTo(Duration.ofDays(14));
			assertThat(approvals.reminderBefore()).isEqualTo(Duration.ofDays(3));
			assertThat(approvals.votePeriod()).isEqualTo(Duration.ofDays(7));
			assertThat(approvals.maxRounds()).isEqualTo(3);
			assertThat(approvals.ruleSet()).isEqualTo("ec-consensus-then-seat-vote");
			assertThat(approvals.zone()).isEqualTo(ZoneId.of("UTC"));
			ResolutionSettings resolutions = started.getBean(ResolutionSettings.class);
			assertThat(resolutions.noticeDays()).isEqualTo(30);
			assertThat(resolutions.sponsors()).isEqualTo(new ResolutionSettings.Sponsors(3, "3", 0));
			assertThat(resolutions.ordinaryRuleSet()).isEqualTo("gpsnr-ga");
			assertThat(started.getBean(ApiSettings.class).maxRequestSize()).isEqualTo(DataSize.ofKilobytes(64));
			assertThat(started.getBean(VotingSettings.class).reminderBefore()).isEqualTo(Duration.ofHours(48));
			GrievanceSettings grievances = started.getBean(GrievanceSettings.class);
			assertThat(grievances.timeZone()).isEqualTo(ZoneId.of("UTC"));
			assertThat(grievances.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
			assertThat(grievances.holidays()).isEmpty();
			assertThat(grievances.acknowledgeWithin()).isEqualTo(10);
			assertThat(grievances.completeWithin()).isEqualTo(20);
			assertThat(grievances.acknowledgeReminderBefore()).isEqualTo(2);
			assertThat(grievances.engagementWithin()).isEqualTo(30);
			assertThat(grievances.evidenceFiles()).isEqualTo(5);
			assertThat(grievances.evidenceMaxSize()).isEqualTo(DataSize.ofMegabytes(10));
			assertThat(grievances.filingsPerHour()).isEqualTo(10);
			assertThat(grievances.appealWithin()).isEqualTo(20);
			assertThat(grievances.appealDecideWithin()).isEqualTo(20);
			assertThat(grievances.actionsReminderBefore()).isEqualTo(5);
			assertThat(grievances.panelRuleSet()).isEqualTo("grievance-panel");
			assertThat(grievances.panelVotePeriod()).isEqualTo(Duration.ofDays(5));
			assertThat(grievances.rfiWithin()).isEqualTo(10);
		});
	}

	@Test
	void settingsAreReadFromTheirProperties() {
		this.context
			.withPropertyValues("gavel.approvals.max-rounds=1", "gavel.approvals.time-zone=Asia/Singapore",
					"gavel.resolutions.sponsors.categories=all", "gavel.resolutions.sponsors.first-distinct=3")
			.run((started) -> {
				assertThat(started.getBean(ApprovalSettings.class).maxRounds()).isEqualTo(1);
				assertThat(started.getBean(ApprovalSettings.class).zone()).isEqualTo(ZoneId.of("Asia/Singapore"));
				assertThat(started.getBean(ResolutionSettings.class).sponsors())
					.isEqualTo(new ResolutionSettings.Sponsors(3, "all", 3));
			});
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					gavel.approvals.max-rounds            | 0           | must be greater than or equal to 1
					gavel.approvals.review-period         | fortnight   | Failed to convert
					gavel.approvals.rule-set              | ' '         | must not be blank
					gavel.approvals.time-zone             | Mars/Base   | Failed to convert
					gavel.resolutions.notice-days         | -1          | must be greater than or equal to 0
					gavel.resolutions.sponsors.minimum    | 0           | must be greater than or equal to 1
					gavel.resolutions.sponsors.categories | several     | must be a number of categories or 'all'
					gavel.api.max-request-size            | large       | Failed to convert
					gavel.voting.cache-max-voters         | 0           | must be greater than 0
					gavel.grievances.acknowledge-within   | 0           | must be greater than or equal to 1
					gavel.grievances.rfi-within           | 61          | must be less than or equal to 60
					gavel.grievances.holidays             | 2027-13-01  | Failed to convert
					gavel.grievances.appeal-within        | -1          | must be greater than or equal to 0
					gavel.grievances.weekend              | MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY | size must be between 0 and 6
					""")
	void aBadValueStopsStartUpNamingTheSetting(String property, String value, String reason) {
		this.context.withPropertyValues(property + "=" + value).run((started) -> {
			assertThat(started).hasFailed();
			String failure = messages(started.getStartupFailure());
			assertThat(failure).contains(property).contains(reason);
		});
	}

	@Test
	void theDirectoryNeedsItsRealmFileAndAKnownProvider() {
		ApplicationContextRunner identity = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(IdentityOnly.class);
		identity
			.run((started) -> assertThat(messages(started.getStartupFailure())).contains("gavel.identity", "realmFile")
				.contains("must not be null"));
		identity.withPropertyValues("gavel.identity.realm-file=classpath:nothing.json", "gavel.identity.provider=ldap")
			.run((started) -> assertThat(messages(started.getStartupFailure())).contains("gavel.identity.provider"));
		identity.withPropertyValues("gavel.identity.realm-file=classpath:nothing.json").run((started) -> {
			assertThat(started).hasNotFailed();
			assertThat(started.getBean(IdentitySettings.class).provider())
				.isEqualTo(IdentitySettings.Provider.REALM_FILE);
		});
	}

	@Test
	void thePublicAddressIsAnHttpAddressOrNothing() {
		ApplicationContextRunner gavel = new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
			.withUserConfiguration(GavelOnly.class);
		gavel.withPropertyValues("gavel.public-url=gavel.example.org")
			.run((started) -> assertThat(messages(started.getStartupFailure())).contains("gavel.public-url")
				.contains("must be an http:// or https:// address"));
		gavel.withPropertyValues("gavel.public-url=https://gavel.example.org/")
			.run((started) -> assertThat(started.getBean(GavelProperties.class).publicUrl())
				.isEqualTo("https://gavel.example.org/"));
		gavel.run((started) -> assertThat(started.getBean(GavelProperties.class).publicUrl()).isEmpty());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(IdentitySettings.class)
	static class IdentityOnly {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(GavelProperties.class)
	static class GavelOnly {

	}

	private static String messages(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			text.append(cause.getMessage()).append('\n');
		}
		return text.toString();
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ ApprovalSettings.class, ResolutionSettings.class, ApiSettings.class,
			VotingSettings.class, MailSettings.class, SignInSettings.class, GrievanceSettings.class })
	static class AllSettings {

	}

}
