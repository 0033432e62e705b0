package org.gavel.resolutions;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gavel.Browser;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.TestClock;
import org.gavel.resolutions.process.GaResolutionProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A General Assembly resolution from draft to result, clicked through the portal in
 * headless Chromium by everyone who takes part: the secretariat schedules the assembly, a
 * member drafts and submits, members co-sponsor, the secretariat admits and publishes the
 * booklet, members vote (two in the browser through the confirmation step to the receipt,
 * the other nine through the API), two scrutineers sign off, and the resolution's page
 * shows the result per chamber. The job executor is off in tests: between the steps the
 * test runs the jobs that became due, and moves the clock to the voting window and past
 * its close.
 */
@GavelIntegrationTest
class GaResolutionBrowserIT {

	/** Ten in favour and one against, across the five chambers of {@code gpsnr-ga}. */
	static final List<String> IN_FAVOUR = List.of("ana", "bao", "nils", "olivia", "claire", "kenji", "megan", "luca",
			"fiona", "joost");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	Browser browser;

	@BeforeEach
	void startTheBrowser() {
		this.browser = Browser.start(this.port);
	}

	@AfterEach
	void stopTheBrowser() {
		this.clock.reset();
		if (this.browser != null) {
			this.browser.close();
		}
	}

	@Test
	void membersTakeAResolutionFromDraftToAdoptedInTheBrowser() {
		Browser b = this.browser;
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);

		b.signIn("sara");
		b.open("/assemblies/new");
		String assemblyTitle = "Browser assembly " + UUID.randomUUID().toString().substring(0, 8);
		b.type("title", assemblyTitle);
		b.type("place", "Kuala Lumpur");
		b.type("timeZone", "UTC");
		b.type("startsAt", now.plusDays(40).toString());
		b.type("submissionDeadline", now.plusDays(5).toString());
		b.type("votingOpensAt", now.plusDays(20).toString());
		b.type("votingClosesAt", now.plusDays(30).toString());
		assertThat(b.texts("select[name=ordinaryRuleSet] option")).as("rule sets by their titles")
			.contains("GPSNR General Assembly", "Simple majority")
			.doesNotContain("gpsnr-ga");
		b.select("ordinaryRuleSet", "gpsnr-ga");
		b.select("statutoryRuleSet", "gpsnr-ga");
		b.press(By.cssSelector("form[action='/assemblies'] button[type=submit]"));
		assertThat(b.path()).as(() -> "the assembly is scheduled, not refused: " + b.text("main"))
			.matches("/assemblies/[0-9a-f-]{36}");
		assertThat(b.text("h1")).isEqualTo(assemblyTitle);
		String assembly = b.path();

		b.signIn("ana");
		b.open(assembly);
		b.press(By.linkText("Draft a resolution"));
		b.type("title", "Open a smallholder membership class");
		b.choose("type", "ordinary");
		b.type("rationale", "Smallholders grow most of the rubber and hold few of the seats.\n\n"
				+ "The census is at https://example.org/census.\nIt counts 6 million holdings.");
		b.type("operativeText", "The assembly resolves to open a smallholder membership class in 2028.");
		b.type("coSponsors", "fiona, budi");
		b.press("Save the draft and invite co-sponsors");
		assertThat(b.path()).matches("/resolutions/[0-9a-f-]{36}");
		String resolution = b.path();
		UUID id = UUID.fromString(resolution.substring("/resolutions/".length()));
		assertThat(b.text("#status")).isEqualTo("draft: collecting co-sponsors");
		assertThat(b.text("main")).as("the proposer by name").contains("Ana Siregar (Sumatra Latex Processing)");
		WebElement rationale = b.driver().findElement(By.cssSelector("main .text"));
		assertThat(rationale.findElements(By.tagName("p"))).as("its paragraphs kept").hasSize(2);
		assertThat(rationale.findElements(By.tagName("br"))).as("its line break kept").hasSize(1);
		WebElement census = rationale.findElement(By.tagName("a"));
		assertThat(census.getAttribute("href")).isEqualTo("https://example.org/census");
		assertThat(census.getAttribute("rel")).isEqualTo("nofollow noopener noreferrer");
		run(id);

		for (String sponsor : List.of("fiona", "budi")) {
			b.signIn(sponsor);
			b.open(resolution);
			b.choose("endorsement", "endorse");
			b.type("statement", "Our members back it.");
			b.press(By.cssSelector("#task-endorse button[type=submit]"));
			assertThat(b.texts("#sponsors tbody tr"))
				.anySatisfy((row) -> assertThat(row).startsWith(sponsor.equals("fiona") ? "Fiona Reid" : "Budi Santoso")
					.contains("endorsed: Our members back it."));
		}

		b.signIn("ana");
		b.open(resolution);
		b.choose("confirmed", "true");
		b.press(By.cssSelector("#task-submit button[type=submit]"));
		run(id);
		b.open(resolution);
		assertThat(b.text("#status")).isEqualTo("submitted: in admissibility review");

		b.signIn("sara");
		b.open(resolution);
		b.choose("decision", "admit");
		b.press(By.cssSelector("#task-review button[type=submit]"));
		run(id);
		b.open(resolution);
		assertThat(b.text("#status")).isEqualTo("admitted");
		b.open(assembly);
		b.choose("confirmed", "true");
		b.press(By.id("publish-booklet"));
		assertThat(b.text("main")).contains("The booklet is published");
		run(id);
		b.open(resolution);
		assertThat(b.text("#status")).isEqualTo("published in the booklet: open for discussion");

		this.clock.advance(Duration.ofDays(20).plusMinutes(1));
		run(id);
		b.open(resolution);
		assertThat(b.text("#status")).isEqualTo("voting");
		String ballot = b.driver().findElement(By.linkText("The ballot")).getDomAttribute("href");
		vote(ballot, IN_FAVOUR.get(0), "FOR");
		for (String voter : IN_FAVOUR.subList(1, IN_FAVOUR.size())) {
			HttpResponse<String> cast = PortalClient.signedIn(this.port, voter)
				.postJson("/api" + ballot + "/votes", "{\"choice\": \"FOR\"}");
			assertThat(cast.statusCode()).as(voter).isEqualTo(201);
		}
		vote(ballot, "kofi", "AGAINST");

		this.clock.advance(Duration.ofDays(10));
		run(id);
		for (String scrutineer : List.of("scott", "sandra")) {
			b.signIn(scrutineer);
			b.open(ballot);
			b.type("remark", "Checked against the chain head.");
			b.press("Sign off");
		}
		run(id);

		b.signIn("mia");
		b.open(resolution);
		assertThat(b.text("#status")).isEqualTo("adopted");
		assertThat(b.text("#result")).contains("Result: adopted", "Scott Avery, Sandra Oduya");
		List<String> rows = b.texts("#result table.data tbody tr");
		assertThat(rows).hasSize(6);
		assertThat(rows.subList(0, 5))
			.allSatisfy((row) -> assertThat(row).matches("[A-Z][A-Za-z ,-]+ \\d+ \\d+ \\d+ \\d+ \\d+ .+"));
		assertThat(rows).as("chambers by their labels")
			.anySatisfy((row) -> assertThat(row).startsWith("Civil society organisations "));
		assertThat(rows.get(5)).startsWith("All chambers 14 10 1 0 0");
		assertThat(b.texts("#result li")).isNotEmpty().allSatisfy((check) -> assertThat(check).contains("met"));
	}

	/** A member votes through the ballot page, its confirmation step and the receipt. */
	private void vote(String ballot, String voter, String choice) {
		Browser b = this.browser;
		b.signIn(voter);
		b.open(ballot);
		b.choose("choice", choice);
		b.press("Continue");
		assertThat(b.text("h1")).isEqualTo("Confirm your vote");
		b.press("Cast my vote");
		assertThat(b.driver().getPageSource()).as(voter).contains("receipt");
	}

	private void run(UUID id) {
		new ProcessJobs(this.runtime, this.management).run(GaResolutionProcess.KEY, id.toString());
	}

}
