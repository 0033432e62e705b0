package org.gavel.grants;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gavel.Browser;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.TestClock;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.attachments.Files;
import org.gavel.grants.model.Reference;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.process.ProposalProcess;
import org.gavel.grants.process.RfpProcess;
import org.gavel.system.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grant cycle clicked through the portal in headless Chromium, as far as it is built:
 * alex reads the published call without signing in, signs in, applies with the proposal
 * and budget files and submits, reading the files' SHA-256; the deadline passes (the test
 * moves the clock and runs the due jobs); eva declares no conflict, reads the proposal
 * and scores it criterion by criterion; wen reads the ranking, records the panel meeting
 * and recommends the grant; kofi reads the ranking and reviews the award with the other
 * seats; alex reads the award letter. Before all this, wen offers the budget template,
 * which the public call then offers for download.
 */
@GavelIntegrationTest
class GrantBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	ApprovalProcesses approvalProcesses;

	@Autowired
	ReadingApprovals approvals;

	@Autowired
	Calls calls;

	Browser browser;

	@BeforeEach
	void startTheBrowser() {
		this.browser = Browser.start(this.port);
	}

	@AfterEach
	void closeTheBrowserAndResetTheClock() {
		this.clock.reset();
		this.browser.close();
	}

	@Test
	void anApplicantAppliesWithFilesAndAnEvaluatorDeclaresAndScores(@TempDir Path files) throws IOException {
		RfpFixture fixture = new RfpFixture(this.runtime, this.management, this.approvalProcesses, this.approvals,
				this.calls);
		Instant deadline = this.clock.instant().plus(Duration.ofDays(20)).truncatedTo(ChronoUnit.MINUTES);
		PortalClient wen = PortalClient.signedIn(this.port, "wen");
		wen.get("/me", "text/html");
		Reference rfp = fixture.draft(wen,
				RfpFixture.rfpForm("Pilot nurseries in Jambi", this.clock.instant(), deadline));
		Path proposalFile = write(files.resolve("proposal.pdf"), Files.PDF);
		Path budgetFile = write(files.resolve("budget.xlsx"), Files.ooxml("xl/workbook.xml"));
		Path budgetTemplate = write(files.resolve("budget-template.xlsx"), Files.ooxml("xl/workbook.xml"));

		// wen offers the budget template while the EC decides the call
		this.browser.signIn("wen");
		this.browser.open("/rfps/" + rfp);
		this.browser.driver().findElement(By.id("template-1")).sendKeys(budgetTemplate.toString());
		this.browser.press(By.cssSelector("form[action$='/templates/1'] button"));
		assertThat(this.browser.text("#templates")).contains("Offered: budget-template.xlsx", "SHA-256");
		fixture.approveByTheEc(rfp);

		this.browser.signOut();
		this.browser.open("/calls");
		this.browser.press(By.linkText("Pilot nurseries in Jambi"));
		assertThat(this.browser.text("main")).contains("Reach among smallholders", "Proposal (our template)",
				"Download the template", "budget-template.xlsx");
		this.browser.signIn("alex");
		this.browser.open("/calls/" + rfp);
		this.browser.press(By.linkText("Start a proposal"));
		this.browser.type("title", "Village nurseries for Jambi");
		this.browser.type("organisation", "Borneo Agroforestry Foundation");
		new Select(this.browser.driver().findElement(By.name("organisationType"))).selectByValue("ngo");
		this.browser.type("country", "ID");
		this.browser.type("contactName", "Alex Turner");
		this.browser.type("contactEmail", "alex@demo.gavel.invalid");
		this.browser.type("summary", "Three village nurseries grafting certified clones for 800 households.");
		this.browser.type("approach", "Reach: 800 households in 12 villages. Quality: certified clones.");
		this.browser.type("requestedAmount", "45000");
		this.browser.press("Save the draft");
		assertThat(this.browser.path()).matches("/proposals/RFP-\\d{4}-\\d{2}-P\\d{3}");
		Reference proposal = Reference.parse(this.browser.path().substring("/proposals/".length())).orElseThrow();
		this.browser.driver().findElement(By.id("file-0")).sendKeys(proposalFile.toString());
		this.browser.press(By.cssSelector("form[action$='/files/0'] button"));
		this.browser.driver().findElement(By.id("file-1")).sendKeys(budgetFile.toString());
		this.browser.press(By.cssSelector("form[action$='/files/1'] button"));
		assertThat(this.browser.text("#files")).contains("proposal.pdf", "budget.xlsx", "SHA-256");
		this.browser.press("Submit the proposal");
		assertThat(this.browser.text("main")).contains("submitted", "You may withdraw it until the deadline");

		this.clock.advance(Duration.between(Instant.now(), deadline).plusMinutes(1));
		fixture.jobs().run(RfpProcess.KEY, rfp.toString());
		fixture.jobs().run(ProposalProcess.KEY, proposal.toString());

		this.browser.signIn("eva");
		this.browser.open("/evaluate");
		assertThat(this.browser.text("#declarations")).contains(proposal.toString(), "Village nurseries for Jambi")
			.doesNotContain("800 households in 12 villages");
		this.browser.choose("conflict", "none");
		this.browser.press("Record my declaration");
		this.browser.press(By.linkText(proposal.toString()));
		assertThat(this.browser.text("main")).contains("Reach: 800 households in 12 villages", "proposal.pdf");
		this.browser.type("score_reach-among-smallholders", "4");
		this.browser.type("comment_reach-among-smallholders", "Names the villages.");
		this.browser.type("score_quality-of-the-planting-material", "3.5");
		this.browser.type("comment_quality-of-the-planting-material", "Certified, not yet traceable.");
		this.browser.type("score_value-for-money", "3");
		this.browser.type("comment_value-for-money", "Market price.");
		this.browser.press("Record my scores");
		assertThat(this.browser.text("#scores")).contains("Names the villages.", "3.5 of 5");

		this.browser.signIn("wen");
		this.browser.open("/rfps/" + rfp + "/ranking");
		assertThat(this.browser.text("main")).contains(proposal.toString(), "Village nurseries for Jambi", "eva");
		this.browser.press("Record the panel meeting");
		assertThat(this.browser.text("main")).contains("The panel meeting is recorded; the ranking is final.",
				"ranked: the working group recommends");

		// wen recommends; kofi reviews the award on its page, the other seats too; alex
		// reads the award letter
		this.browser.type("grants", proposal + " | 42000");
		this.browser.type("conditions", "A nursery census after six months.");
		this.browser.press("Send the recommendation to the Executive Committee");
		assertThat(this.browser.text("main")).contains("goes to the Executive Committee", "USD 42,000.00");
		fixture.jobs().run(RfpProcess.KEY, rfp.toString());
		UUID award = this.approvals.bySubject(AwardingGrants.SUBJECT + this.calls.find(rfp).orElseThrow().id())
			.get(0)
			.id();
		this.browser.signIn("kofi");
		this.browser.open("/approvals/" + award);
		this.browser.press(By.partialLinkText("the ranking and the working group's recommendation"));
		assertThat(this.browser.text("main")).contains(proposal.toString(), "USD 42,000.00",
				"A nursery census after six months.");
		this.browser.open("/approvals/" + award);
		this.browser.choose("response", "no-objection");
		this.browser.press("Send my response");
		assertThat(this.browser.text("#notice")).as("the action says that it worked")
			.isEqualTo("Your review is recorded: no objection.");
		RfpFixture.SEATS.stream()
			.filter((seat) -> !seat.equals("kofi"))
			.forEach((seat) -> assertThat(this.approvalProcesses.complete(award, EcApprovalProcess.REVIEW_ITEM, seat,
					Map.of("response", "no-objection")))
				.isEqualTo(Outcome.done()));
		fixture.jobs().run(RfpProcess.KEY, rfp.toString());
		fixture.jobs().run(ProposalProcess.KEY, proposal.toString());

		this.browser.signIn("alex");
		this.browser.open("/proposals/" + proposal);
		this.browser.press(By.linkText("The award letter"));
		assertThat(this.browser.text("body")).contains("Award of a grant", "USD 42,000.00",
				"A nursery census after six months.");
	}

	private static Path write(Path path, byte[] content) throws IOException {
		try (OutputStream out = new FileOutputStream(path.toFile())) {
			out.write(content);
		}
		return path;
	}

}
