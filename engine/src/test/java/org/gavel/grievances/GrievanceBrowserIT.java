package org.gavel.grievances;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import org.gavel.Browser;
import org.gavel.GavelIntegrationTest;
import org.gavel.attachments.Files;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grievance clicked through the portal in headless Chromium: an anonymous visitor files
 * a labour complaint with an attachment and keeps the number and token; the secretariat
 * acknowledges it on the case desk; the visitor, in a fresh session, opens the case with
 * number and token and reads that it was acknowledged; the secretariat finds it complete,
 * confirms the triage (low risk: bilateral engagement) and records that the engagement
 * resolved it; anyone then reads the outcome on the public register.
 */
@GavelIntegrationTest
class GrievanceBrowserIT {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void startTheBrowser() {
		this.browser = Browser.start(this.port);
	}

	@AfterEach
	void closeTheBrowser() {
		this.browser.close();
	}

	@Test
	void aVisitorFilesWithEvidenceAndFollowsTheCaseTheSecretariatAcknowledges(@TempDir Path files) throws IOException {
		Path evidence = files.resolve("clearing.pdf");
		try (OutputStream out = new FileOutputStream(evidence.toFile())) {
			out.write(Files.PDF);
		}

		this.browser.open("/grievances");
		this.browser.press(By.cssSelector("a.card[href='/grievances/new']"));
		this.browser.choose("affected", "workers");
		new Select(this.browser.driver().findElement(By.name("respondent")))
			.selectByVisibleText("Sumatra Latex Processing");
		new Select(this.browser.driver().findElement(By.name("category"))).selectByValue("labour");
		this.browser.type("whatHappened", "Tappers were not paid for the last two months of the season.");
		this.browser.choose("exhaustionTried", "yes");
		this.browser.driver().findElement(By.name("evidence")).sendKeys(evidence.toString());
		this.browser.press("File the grievance");

		assertThat(this.browser.path()).isEqualTo("/grievances/filed");
		String number = this.browser.text("dl.facts dd:nth-of-type(1) code");
		String token = this.browser.text("code.token");
		assertThat(number).matches("GR-\\d{4}-\\d{4}");
		assertThat(token).matches("([A-Z0-9]{4}-){4}[A-Z0-9]{4}");
		assertThat(this.browser.text("main")).contains("clearing.pdf", "SHA-256");

		this.browser.signIn("sara");
		this.browser.open("/grievances/desk");
		this.browser.press(By.linkText(number));
		assertThat(this.browser.text("main")).contains("Sumatra Latex Processing", "clearing.pdf", "anonymous");
		this.browser.type("note", "Thank you; we will reply within 20 working days.");
		this.browser.press("Record");
		assertThat(this.browser.text("main")).contains("acknowledged: completeness check");

		this.browser.signOut();
		this.browser.open("/grievances/follow-up");
		this.browser.type("number", number);
		this.browser.type("token", token);
		this.browser.press("Open the case");

		assertThat(this.browser.path()).isEqualTo("/grievances/case");
		assertThat(this.browser.text("main"))
			.contains("Case " + number, "acknowledged: completeness check",
					"Thank you; we will reply within 20 working days.", "clearing.pdf")
			.doesNotContain("sara");

		this.browser.signIn("sara");
		this.browser.open("/grievances/desk/" + number);
		this.browser.choose("completeness", "complete");
		this.browser.press("Record");
		assertThat(this.browser.text("main")).contains("Confirm or override the triage", "low risk");
		this.browser.choose("decision", "confirm");
		this.browser.press("Record");
		assertThat(this.browser.text("main")).contains("Monitor the engagement", "Engagement until");
		this.browser.choose("engagement", "resolved");
		this.browser.type("outcome", "The company paid the wages owed and agreed a monthly pay date.");
		this.browser.press("Record");
		assertThat(this.browser.text("main")).contains("closed");

		this.browser.signOut();
		this.browser.open("/grievances/register");
		assertThat(this.browser.text("table")).contains(number, "Sumatra Latex Processing", "closed",
				"The company paid the wages owed and agreed a monthly pay date.");
	}

}
