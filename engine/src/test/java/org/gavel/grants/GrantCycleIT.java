package org.gavel.grants;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.gavel.GavelIntegrationTest;
import org.gavel.Pdfs;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.SentMail;
import org.gavel.TestClock;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.model.Approval;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.attachments.Files;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.grants.process.ProposalProcess;
import org.gavel.grants.process.RfpProcess;
import org.gavel.system.Dates;
import org.gavel.system.Outcome;
import org.gavel.system.mail.MailDelivery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grant cycle as far as it is built, end to end on PostgreSQL with mail through
 * GreenMail, through the portal as each person: wen drafts an RFP, the twelve EC seats
 * approve it, it is published; alex asks, wen answers for everyone; alex and amira apply
 * with real files; an addendum moves the deadline; the deadline passes (the test moves
 * the clock and runs the due jobs); drafts lapse, proposals are screened by the
 * eligibility table and the secretariat reviews the ineligible one. Every refusal on the
 * way leaves nothing written.
 */
@GavelIntegrationTest
class GrantCycleIT {

	static final ZoneId SINGAPORE = RfpFixture.SINGAPORE;

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MailDelivery delivery;

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

	@Autowired
	Proposals proposals;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTheMailbox() throws Exception {
		new SentMail(this.delivery).clear();
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void fromTheDraftToTheScreeningOfEveryProposal() throws Exception {
		PortalClient wen = signedIn("wen");
		Instant deadline = inDays(30);
		Map<String, String> form = rfpForm("Provision of certified planting materials", deadline);
		form.put("matchedFunding", "true");
		Reference rfp = fixture().draft(wen, form);

		// wen offers a template per required file while the EC decides: a wrong type is
		// refused with nothing stored; an applicant may not offer one; only those who
		// read
		// the draft download it
		assertThat(text(offer(wen, rfp, 1, "budget-template.xlsx", Files.PDF))).contains("Nothing was attached",
				"'budget-template.xlsx' is named as .xlsx but its content is .pdf");
		byte[] budget = Files.ooxml("xl/workbook.xml");
		assertThat(offer(wen, rfp, 0, "proposal-template.docx", Files.ooxml("word/document.xml")).statusCode())
			.isEqualTo(302);
		assertThat(offer(wen, rfp, 1, "budget-template.xlsx", budget).statusCode()).isEqualTo(302);
		assertThat(offer(signedIn("alex"), rfp, 1, "mine.xlsx", budget).statusCode()).isEqualTo(403);
		PortalClient anyone = new PortalClient(this.port);
		assertThat(anyone.getBytes("/calls/" + rfp + "/templates/1").statusCode()).as("not before publication")
			.isEqualTo(404);
		assertThat(signedIn("kofi").getBytes("/calls/" + rfp + "/templates/1").statusCode()).as("an EC seat")
			.isEqualTo(200);
		assertThat(text(wen.get("/rfps/" + rfp, "text/html"))).contains("Templates for the required files",
				"Offered: proposal-template.docx", "Offered: budget-template.xlsx");
		approveByTheEc(rfp);

		Call published = this.calls.find(rfp).orElseThrow();
		assertThat(published.status()).isEqualTo(RfpStatus.PUBLISHED);
		HttpResponse<byte[]> template = anyone.getBytes("/calls/" + rfp + "/templates/1");
		assertThat(template.statusCode()).isEqualTo(200);
		assertThat(template.body()).isEqualTo(budget);
		assertThat(template.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
			.contains("budget-template.xlsx");
		assertThat(anyone.getBytes("/calls/" + rfp + "/templates/2").statusCode()).isEqualTo(404);
		assertThat(text(offer(wen, rfp, 1, "budget-template.xlsx", budget)))
			.contains("Nothing was attached: " + rfp + " is open for proposals", "change after by an addendum");
		assertThat(text(anyone.get("/calls", "text/html"))).contains("Provision of certified planting materials",
				rfp.toString());
		assertThat(text(anyone.get("/calls/" + rfp, "text/html"))).contains("Reach among smallholders", "40%",
				"Indonesia, Thailand", "Proposal (our template)", "Download the template",
				"/calls/" + rfp + "/templates/1");
		assertThat(mail().recipientsOf("Published: " + rfp)).contains("wen@demo.gavel.invalid",
				"sara@demo.gavel.invalid");

		// alex asks; wen answers for every applicant, never naming alex
		PortalClient alex = signedIn("alex");
		HttpResponse<String> asked = alex.postForm("/calls/" + rfp + "/questions",
				Map.of("question", "May a cooperative apply jointly with a nursery it does not own?"));
		assertThat(asked.statusCode()).isEqualTo(302);
		assertThat(mail().recipientsOf("Question 1 on " + rfp)).contains("wen@demo.gavel.invalid")
			.doesNotContain("alex@demo.gavel.invalid");
		assertThat(text(anyone.get("/calls/" + rfp, "text/html"))).doesNotContain("May a cooperative apply");
		assertThat(wen.postForm("/rfps/" + rfp + "/questions/1/answer", Map.of("answer", "Yes, as its lead partner."))
			.statusCode()).isEqualTo(302);
		String page = text(anyone.get("/calls/" + rfp, "text/html"));
		assertThat(page).contains("May a cooperative apply", "Yes, as its lead partner.").doesNotContain("alex");
		String ecView = text(signedIn("kofi").get("/rfps/" + rfp, "text/html"));
		assertThat(ecView).as("an EC seat reads the call, not who asked nor any form")
			.contains("Provision of certified planting materials", "Yes, as its lead partner.")
			.doesNotContain("asked by", "Publish the addendum");
		assertThat(text(wen.postForm("/rfps/" + rfp + "/questions/1/answer", Map.of("answer", "Again, differently."))))
			.contains("already answered");

		// alex applies: too much is refused with the figure, then a draft with two files
		Map<String, String> application = RfpFixture.application("Borneo Agroforestry Foundation", "ngo", "ID",
				"60000");
		String refused = text(alex.postForm("/calls/" + rfp + "/proposals", application));
		assertThat(refused).contains("USD 60,000.00 is above the largest grant of this call, USD 50,000.00");
		assertThat(this.proposals.ofRfp(published.id())).isEmpty();
		application.put("requestedAmount", "45000");
		Reference mine = RfpFixture.proposalAt(alex.postForm("/calls/" + rfp + "/proposals", application));
		assertThat(this.proposals.find(mine).orElseThrow().status()).isEqualTo(ProposalStatus.DRAFT);
		assertThat(text(alex.get("/proposals/" + mine, "text/html"))).contains("On the call's template",
				"(budget-template.xlsx)");
		assertThat(text(alex.postForm("/proposals/" + mine + "/submit", Map.of())))
			.contains("Attach Proposal (our template) before you submit.");
		assertThat(text(RfpFixture.upload(alex, mine, 0, "proposal.pdf", Files.NOISE)))
			.contains("Nothing was attached");
		assertThat(RfpFixture
			.upload(alex, mine, 0, "proposal.pdf", "MZ this is a program".getBytes(StandardCharsets.US_ASCII))
			.body()).contains("Nothing was attached");
		assertThat(text(RfpFixture.upload(alex, mine, 1, "budget.xlsx", Files.PDF))).contains("Nothing was attached",
				"'budget.xlsx' is named as .xlsx but its content is .pdf");
		assertThat(RfpFixture.upload(alex, mine, 0, "proposal.pdf", Files.PDF).statusCode()).isEqualTo(302);
		assertThat(RfpFixture.upload(alex, mine, 1, "budget.xlsx", Files.ooxml("xl/workbook.xml")).statusCode())
			.isEqualTo(302);

		// amira cannot read, change or submit alex's proposal, by its reference or the
		// next
		PortalClient amira = signedIn("amira");
		assertThat(amira.get("/proposals/" + mine, "text/html").statusCode()).isEqualTo(404);
		assertThat(amira.get("/proposals/" + rfp.proposal(2), "text/html").statusCode()).isEqualTo(404);
		assertThat(amira.postForm("/proposals/" + mine + "/submit", Map.of()).statusCode()).isEqualTo(404);
		assertThat(RfpFixture.upload(amira, mine, 0, "x.pdf", Files.PDF).statusCode()).isEqualTo(404);
		String fileId = this.jdbc.sql("select id from gavel.attachment where owner_id = ?")
			.param(this.proposals.find(mine).orElseThrow().id() + "/0")
			.query(String.class)
			.single();
		assertThat(amira.get("/attachments/" + fileId, "*/*").statusCode()).isEqualTo(404);
		assertThat(wen.get("/attachments/" + fileId, "*/*").statusCode()).as("not even the RFP's chair").isEqualTo(404);
		HttpResponse<String> download = alex.get("/attachments/" + fileId, "*/*");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

		assertThat(alex.postForm("/proposals/" + mine + "/submit", Map.of()).statusCode()).isEqualTo(302);
		MimeMessage receipt = mail().to("alex@demo.gavel.invalid", "Received: proposal " + mine);
		assertThat(GreenMailUtil.getBody(receipt)).contains("SHA-256", "proposal.pdf", "budget.xlsx");
		assertThat(text(alex.postForm("/proposals/" + mine, application))).contains("can no longer be changed");

		// amira works in Senegal (not a country of the call); a second draft of alex's is
		// submitted and withdrawn, a third never submitted
		Reference senegal = RfpFixture.proposalAt(amira.postForm("/calls/" + rfp + "/proposals",
				RfpFixture.application("Sahel Seed Cooperative", "cooperative", "SN", "30000")));
		RfpFixture.upload(amira, senegal, 0, "p.pdf", Files.PDF);
		RfpFixture.upload(amira, senegal, 1, "b.xlsx", Files.ooxml("xl/workbook.xml"));
		assertThat(amira.postForm("/proposals/" + senegal + "/submit", Map.of()).statusCode()).isEqualTo(302);
		Reference withdrawn = RfpFixture.proposalAt(alex.postForm("/calls/" + rfp + "/proposals",
				RfpFixture.application("Borneo Agroforestry Foundation", "ngo", "TH", "10000")));
		RfpFixture.upload(alex, withdrawn, 0, "p.pdf", Files.PDF);
		RfpFixture.upload(alex, withdrawn, 1, "b.xlsx", Files.ooxml("xl/workbook.xml"));
		alex.postForm("/proposals/" + withdrawn + "/submit", Map.of());
		assertThat(alex.postForm("/proposals/" + withdrawn + "/withdraw", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.proposals.find(withdrawn).orElseThrow().status()).isEqualTo(ProposalStatus.WITHDRAWN);
		Reference lapsing = RfpFixture.proposalAt(alex.postForm("/calls/" + rfp + "/proposals",
				RfpFixture.application("Borneo Agroforestry Foundation", "ngo", "ID", "5000")));

		// an addendum moves the deadline a week; a deadline in the past is refused
		assertThat(wen
			.postForm("/rfps/" + rfp + "/addenda",
					Map.of("text", "Nurseries need time to obtain their certificates.", "newDeadline",
							"2020-01-01T10:00"))
			.body()).contains("must be in the future");
		Instant later = deadline.plus(Duration.ofDays(7));
		assertThat(wen
			.postForm("/rfps/" + rfp + "/addenda",
					Map.of("text", "Nurseries need time to obtain their certificates.", "newDeadline", local(later)))
			.statusCode()).isEqualTo(302);
		assertThat(mail().recipientsOf("Addendum 1 to " + rfp)).containsExactlyInAnyOrder("alex@demo.gavel.invalid",
				"amira@demo.gavel.invalid");
		assertThat(text(anyone.get("/calls/" + rfp, "text/html"))).contains("Addendum 1", "The deadline moved");

		// the old deadline passes: nothing closes
		this.clock.advance(Duration.between(Instant.now(), deadline).plusMinutes(5));
		jobs().run(RfpProcess.KEY, rfp.toString());
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.PUBLISHED);

		// the new one passes: late work is refused with the deadline in both zones, even
		// before the close has run
		this.clock.advance(Duration.ofDays(7));
		assertThat(text(alex.postForm("/proposals/" + lapsing + "/submit", Map.of())))
			.contains("The deadline has passed: proposals closed at " + Dates.at(later, SINGAPORE) + "; "
					+ Dates.at(later, ZoneId.of("UTC")) + " where you are. Late proposals are not accepted.");
		assertThat(jobs().run(RfpProcess.KEY, rfp.toString())).isPositive();
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.CLOSED);
		HttpResponse<String> late = alex.postForm("/calls/" + rfp + "/proposals", application);
		assertThat(late.body()).contains("is closed: proposals being screened");
		for (Reference proposal : List.of(mine, senegal, lapsing)) {
			jobs().run(ProposalProcess.KEY, proposal.toString());
		}
		assertThat(this.proposals.find(lapsing).orElseThrow().status()).isEqualTo(ProposalStatus.LAPSED);
		assertThat(mail().recipientsOf("Not submitted: proposal " + lapsing))
			.containsExactly("alex@demo.gavel.invalid");
		assertThat(this.proposals.find(mine).orElseThrow().status()).isEqualTo(ProposalStatus.ELIGIBLE);
		assertThat(this.proposals.find(senegal).orElseThrow().status()).isEqualTo(ProposalStatus.SCREENING);
		assertThat(this.proposals.find(senegal).orElseThrow().eligibilityReason())
			.isEqualTo("The work is outside the countries this call funds.");
		assertThat(text(alex.postForm("/proposals/" + mine + "/withdraw", Map.of())))
			.contains("proposals closed at " + Dates.at(later, SINGAPORE));

		// the secretariat confirms the table; wen, the chair, may not
		PortalClient sara = signedIn("sara");
		assertThat(text(sara.get("/rfps/" + rfp, "text/html"))).contains("Screening of " + senegal);
		assertThat(wen
			.postForm("/rfps/" + rfp + "/proposals/" + senegal + "/screening",
					Map.of("decision", "override", "reason", "I know them."))
			.statusCode()).isEqualTo(403);
		assertThat(
				sara.postForm("/rfps/" + rfp + "/proposals/" + senegal + "/screening", Map.of("decision", "override"))
					.body())
			.contains("Reason");
		assertThat(sara
			.postForm("/rfps/" + rfp + "/proposals/" + senegal + "/screening",
					Map.of("decision", "confirm", "reason", "Registered and working in Senegal only."))
			.statusCode()).isEqualTo(302);
		jobs().run(ProposalProcess.KEY, senegal.toString());
		assertThat(this.proposals.find(senegal).orElseThrow().status()).isEqualTo(ProposalStatus.INELIGIBLE);
		assertThat(this.proposals.find(senegal).orElseThrow().screenedBy()).isEqualTo("sara");
		MimeMessage regret = mail().to("amira@demo.gavel.invalid", "Not eligible: proposal " + senegal);
		assertThat(GreenMailUtil.getBody(regret)).contains("outside the countries this call funds");

		// conflicts of interest: eva, the panel, has one and never sees the proposal; the
		// secretariat adds ezra, who declares none and is assigned
		jobs().run(ProposalProcess.KEY, mine.toString());
		PortalClient eva = signedIn("eva");
		assertThat(mail().recipientsOf("Declare any conflict: proposal " + mine))
			.containsExactly("eva@demo.gavel.invalid");
		assertThat(text(eva.get("/evaluate", "text/html"))).contains(mine.toString(), "Borneo Agroforestry Foundation")
			.doesNotContain("Reach: 800 households");
		assertThat(eva.get("/evaluate/" + mine, "text/html").statusCode()).isEqualTo(404);
		assertThat(text(eva.postForm("/evaluate/" + mine + "/conflict", Map.of("conflict", "conflict"))))
			.contains("say what the conflict is");
		assertThat(eva
			.postForm("/evaluate/" + mine + "/conflict",
					Map.of("conflict", "conflict", "reason", "I advised the foundation on its budget."))
			.statusCode()).isEqualTo(302);
		assertThat(this.proposals.find(mine).orElseThrow().status()).isEqualTo(ProposalStatus.ELIGIBLE);
		assertThat(mail().recipientsOf("An evaluator is needed: proposal " + mine)).contains("sara@demo.gavel.invalid");
		assertThat(text(sara.get("/rfps/" + rfp, "text/html"))).contains("An evaluator for " + mine,
				"eva: I advised the foundation on its budget.");
		assertThat(wen.postForm("/rfps/" + rfp + "/proposals/" + mine + "/evaluators", Map.of("evaluator", "ezra"))
			.statusCode()).as("not the chair").isEqualTo(403);
		String evaluators = "/rfps/" + rfp + "/proposals/" + mine + "/evaluators";
		assertThat(text(sara.postForm(evaluators, Map.of("evaluator", "alex"))))
			.contains("'alex' is not an evaluator in the directory");
		assertThat(text(sara.postForm(evaluators, Map.of("evaluator", "eva")))).contains("already on the panel");
		assertThat(sara.postForm(evaluators, Map.of("evaluator", "ezra")).statusCode()).isEqualTo(302);
		jobs().run(ProposalProcess.KEY, mine.toString());
		PortalClient ezra = signedIn("ezra");
		assertThat(ezra.get("/evaluate/" + mine, "text/html").statusCode()).as("before declaring").isEqualTo(404);
		assertThat(ezra.postForm("/evaluate/" + mine + "/conflict", Map.of("conflict", "none")).statusCode())
			.isEqualTo(302);

		assertThat(this.proposals.find(mine).orElseThrow().status()).isEqualTo(ProposalStatus.EVALUATION);
		assertThat(mail().recipientsOf("Assigned to you: proposal " + mine)).containsExactly("ezra@demo.gavel.invalid");
		assertThat(text(ezra.get("/evaluate/" + mine, "text/html"))).contains("Reach: 800 households", "proposal.pdf");
		assertThat(ezra.get("/attachments/" + fileId, "*/*").statusCode()).isEqualTo(200);
		assertThat(eva.get("/evaluate/" + mine, "text/html").statusCode()).isEqualTo(404);
		assertThat(eva.get("/attachments/" + fileId, "*/*").statusCode()).as("a conflicted evaluator").isEqualTo(404);
		assertThat(eva.postForm("/evaluate/" + mine + "/conflict", Map.of("conflict", "none")).body())
			.as("a declaration is not changed")
			.contains("No declaration on " + mine + " waits for you.");

		// blind scoring: a score out of range is refused with nothing written; the
		// ranking
		// stays closed until the last proposal settles, then the chair holds the panel
		assertThat(wen.get("/rfps/" + rfp + "/ranking", "text/html").body())
			.contains("The ranking opens once every proposal is settled");
		Map<String, String> scores = new LinkedHashMap<>();
		scores.put("score_reach-among-smallholders", "7");
		scores.put("comment_reach-among-smallholders", "Names 800 households in 12 villages.");
		scores.put("score_quality-of-the-planting-material", "4.5");
		scores.put("comment_quality-of-the-planting-material", "Certified clones from Sembawa.");
		scores.put("score_value-for-money", "3");
		scores.put("comment_value-for-money", "USD 0.45 a tree is the market price.");
		assertThat(text(ezra.postForm("/evaluate/" + mine + "/scores", scores)))
			.contains("Nothing was recorded: Reach among smallholders: must be from 0 to 5");
		assertThat(this.jdbc.sql("select count(*) from gavel.proposal_score where proposal_id = ?")
			.param(this.proposals.find(mine).orElseThrow().id())
			.query(Integer.class)
			.single()).isZero();
		scores.put("score_reach-among-smallholders", "4");
		assertThat(ezra.postForm("/evaluate/" + mine + "/scores", scores).statusCode()).isEqualTo(302);
		assertThat(text(ezra.get("/evaluate/" + mine, "text/html"))).contains("Names 800 households in 12 villages.");
		assertThat(text(ezra.postForm("/evaluate/" + mine + "/scores", scores))).contains("No scoring of " + mine);

		assertThat(this.proposals.find(mine).orElseThrow().status()).isEqualTo(ProposalStatus.SCORED);
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.RANKING);
		assertThat(mail().recipientsOf("Ranking ready: " + rfp + " Provision of certified planting materials"))
			.contains("wen@demo.gavel.invalid");
		assertThat(eva.get("/rfps/" + rfp + "/ranking", "text/html").statusCode()).isEqualTo(403);
		assertThat(eva.getWithBasic("/engine-rest/history/variable-instance?variableName=scores", "eva", "demo").body())
			.as("no evaluator reads another's scores through the engine's REST API")
			.doesNotContain("Names 800 households");
		String ranking = text(wen.get("/rfps/" + rfp + "/ranking", "text/html"));
		assertThat(ranking).contains(mine.toString(), "78.50%", "ezra 78.50% (z 0.000000)");
		assertThat(text(wen.postForm("/rfps/" + rfp + "/ranking",
				Map.of("adjustments", rfp.proposal(9) + " | 1 | a favourite"))))
			.contains("'" + rfp.proposal(9) + "' is not a ranked proposal");
		assertThat(wen.postForm("/rfps/" + rfp + "/ranking", Map.of("adjustments", "")).statusCode()).isEqualTo(302);
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.RANKED);

		awardFundAndRunTheProject(rfp, mine, senegal, wen, alex, sara);
	}

	/**
	 * The ranked call's award: wen recommends, the EC approves, the funding members
	 * pledge until the matched grant is covered, alex reads the award letter; the
	 * secretariat agrees two milestones, returns a report, accepts it; the second report
	 * is late, is escalated, then accepted, and the project completes.
	 */
	private void awardFundAndRunTheProject(Reference rfp, Reference mine, Reference senegal, PortalClient wen,
			PortalClient alex, PortalClient sara) throws Exception {
		// the recommendation: above the request is refused with the figures, nothing
		// written; only the chair recommends
		assertThat(text(wen.postForm("/rfps/" + rfp + "/recommendation", Map.of("grants", mine + " | 45000.01"))))
			.contains("line 1: USD 45,000.01 is more than the proposal asked for (USD 45,000.00)");
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.RANKED);
		assertThat(sara.postForm("/rfps/" + rfp + "/recommendation", Map.of("grants", mine + " | 40000")).statusCode())
			.isEqualTo(403);
		assertThat(wen
			.postForm("/rfps/" + rfp + "/recommendation",
					Map.of("grants", mine + " | 40000", "conditions", "Quarterly reports to the working group."))
			.statusCode()).isEqualTo(302);
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.RECOMMENDED);

		// an EC seat reads the ranking and the recommendation, not who scored; the twelve
		// seats approve the award
		PortalClient kenji = signedIn("kenji");
		assertThat(text(kenji.get("/rfps/" + rfp + "/ranking", "text/html")))
			.contains(mine.toString(), "USD 40,000.00", "Quarterly reports to the working group.")
			.doesNotContain("ezra 78.50%", "Send the recommendation");
		UUID call = this.calls.find(rfp).orElseThrow().id();
		jobs().run(RfpProcess.KEY, rfp.toString());
		List<Approval> award = this.approvals.bySubject(AwardingGrants.SUBJECT + call);
		assertThat(award).hasSize(1);
		for (String seat : RfpFixture.SEATS) {
			assertThat(this.approvalProcesses.complete(award.get(0).id(), EcApprovalProcess.REVIEW_ITEM, seat,
					Map.of("response", "no-objection")))
				.as(seat + " reviews the award")
				.isEqualTo(Outcome.done());
		}
		jobs().run(RfpProcess.KEY, rfp.toString());
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.AWARDED);
		assertThat(this.proposals.find(mine).orElseThrow().status()).isEqualTo(ProposalStatus.FUNDING);

		// matched funding: the funding members' people are offered the grant and pledge
		// until it is covered; more than remains is refused, a non-funder pledges nothing
		jobs().run(ProposalProcess.KEY, mine.toString());
		assertThat(mail().recipientsOf("Open for pledges: proposal " + mine)).contains("kenji@demo.gavel.invalid",
				"megan@demo.gavel.invalid");
		PortalClient megan = signedIn("megan");
		assertThat(text(megan.get("/funding", "text/html"))).contains(mine.toString(), "USD 40,000.00");
		assertThat(text(signedIn("ana").get("/funding", "text/html"))).contains("nothing here for you to pledge")
			.doesNotContain(mine.toString());
		assertThat(signedIn("ana").postForm("/funding/" + mine + "/pledge", Map.of("amount", "100")).statusCode())
			.isEqualTo(404);
		assertThat(text(megan.postForm("/funding/" + mine + "/pledge", Map.of("amount", "40000.01"))))
			.contains("USD 40,000.01 is more than the USD 40,000.00 still needed");
		assertThat(megan.postForm("/funding/" + mine + "/pledge", Map.of("amount", "25000")).statusCode())
			.isEqualTo(302);
		assertThat(this.proposals.find(mine).orElseThrow().status()).isEqualTo(ProposalStatus.FUNDING);
		assertThat(kenji.postForm("/funding/" + mine + "/pledge", Map.of("amount", "15000")).statusCode())
			.isEqualTo(302);
		assertThat(this.proposals.find(mine).orElseThrow().status()).isEqualTo(ProposalStatus.AWARDED);
		assertThat(megan.postForm("/funding/" + mine + "/pledge", Map.of("amount", "1")).statusCode())
			.as("a funded grant takes no more pledges")
			.isEqualTo(404);

		// alex is told and reads the award letter; nobody else does
		jobs().run(ProposalProcess.KEY, mine.toString());
		assertThat(mail().recipientsOf("Awarded: proposal " + mine)).containsExactly("alex@demo.gavel.invalid");
		assertThat(text(alex.get("/proposals/" + mine + "/letter", "text/html"))).contains("Award of a grant",
				"USD 40,000.00", "Quarterly reports to the working group.", "Certified clones from Sembawa.");
		assertThat(text(alex.get("/proposals/" + mine, "text/html"))).contains("The award letter", "The project");
		HttpResponse<byte[]> letterPdf = alex.getBytes("/proposals/" + mine + "/letter.pdf");
		assertThat(letterPdf.statusCode()).isEqualTo(200);
		assertThat(Pdfs.text(letterPdf.body())).contains("Award of a grant", "USD 40,000.00");
		HttpResponse<byte[]> summaryPdf = wen.getBytes("/rfps/" + rfp + "/evaluation-summary.pdf");
		assertThat(summaryPdf.statusCode()).isEqualTo(200);
		assertThat(Pdfs.text(summaryPdf.body())).contains("Evaluation summary", mine.toString(), "78.50%")
			.doesNotContain("ezra", "eva ");
		assertThat(text(kenji.get("/rfps/" + rfp + "/evaluation-summary", "text/html"))).contains(mine.toString(),
				"Reach among smallholders");
		assertThat(alex.get("/rfps/" + rfp + "/evaluation-summary", "text/html").statusCode()).isEqualTo(403);
		assertThat(signedIn("amira").get("/proposals/" + mine + "/letter", "text/html").statusCode()).isEqualTo(404);
		assertThat(signedIn("amira").get("/proposals/" + mine + "/letter.pdf", "*/*").statusCode()).isEqualTo(404);
		assertThat(signedIn("amira").get("/proposals/" + senegal + "/letter", "text/html").statusCode())
			.as("no award was decided for an ineligible proposal")
			.isEqualTo(404);

		// the project: the secretariat agrees two milestones adding up to the grant
		String project = "/projects/" + mine;
		assertThat(text(sara.get(project, "text/html"))).contains("Agree the milestones");
		assertThat(signedIn("amira").get(project, "text/html").statusCode()).isEqualTo(404);
		assertThat(signedIn("eva").get(project, "text/html").statusCode()).isEqualTo(403);
		LocalDate today = this.clock.instant().atZone(SINGAPORE).toLocalDate();
		LocalDate first = today.plusDays(30);
		LocalDate second = today.plusDays(90);
		assertThat(text(sara.postForm(project + "/milestones",
				Map.of("milestones", first + " | 25000 | Two workshops held\n" + second + " | 10000 | Final report"))))
			.contains("the tranches sum to USD 35,000.00; they must sum to the grant, USD 40,000.00");
		assertThat(alex.postForm(project + "/milestones", Map.of("milestones", first + " | 40000 | All")).statusCode())
			.isEqualTo(403);
		assertThat(sara
			.postForm(project + "/milestones",
					Map.of("milestones",
							first + " | 25000 | Two workshops held\n" + second + " | 15000 | Final report"))
			.statusCode()).isEqualTo(302);
		assertThat(mail().recipientsOf("Milestones agreed: project " + mine)).contains("alex@demo.gavel.invalid");

		// milestone 1: reported with a file, returned with comments, reported again,
		// accepted
		assertThat(this.management.createJobQuery().timers().count()).isPositive();
		assertThat(upload(alex, project + "/milestones/1/files", "attendance.pdf", Files.PDF).statusCode())
			.isEqualTo(302);
		assertThat(alex.postForm(project + "/milestones/1/report", Map.of("report", "Two workshops, 64 farmers."))
			.statusCode()).isEqualTo(302);
		assertThat(text(alex.get(project, "text/html"))).contains("attendance.pdf", "report under review");
		assertThat(text(sara.postForm(project + "/milestones/1/review", Map.of("decision", "return"))))
			.contains("say what the grantee should change");
		assertThat(sara
			.postForm(project + "/milestones/1/review",
					Map.of("decision", "return", "comments", "Add the attendance lists of both days."))
			.statusCode()).isEqualTo(302);
		assertThat(mail().recipientsOf("Report returned: project " + mine + ", milestone 1"))
			.contains("alex@demo.gavel.invalid");
		assertThat(alex
			.postForm(project + "/milestones/1/report", Map.of("report", "Two workshops, 64 farmers; both lists."))
			.statusCode()).isEqualTo(302);
		assertThat(sara.postForm(project + "/milestones/1/review", Map.of("decision", "accept")).statusCode())
			.isEqualTo(302);

		// milestone 2 is late: the grantee is reminded, then the secretariat told, once
		this.clock
			.advance(Duration.between(this.clock.instant(), second.plusDays(2).atStartOfDay(SINGAPORE).toInstant()));
		jobs().run(ProposalProcess.KEY, mine.toString());
		jobs().run(ProposalProcess.KEY, mine.toString());
		assertThat(mail().recipientsOf("Report due " + second + ": project " + mine + ", milestone 2"))
			.containsExactly("alex@demo.gavel.invalid");
		assertThat(mail().recipientsOf("Overdue: project " + mine + ", milestone 2"))
			.contains("sara@demo.gavel.invalid");
		assertThat(text(sara.get("/projects", "text/html"))).contains(mine.toString(), "report overdue");
		assertThat(alex.postForm(project + "/milestones/2/report", Map.of("report", "The final report, late."))
			.statusCode()).isEqualTo(302);
		assertThat(sara.postForm(project + "/milestones/2/review", Map.of("decision", "accept")).statusCode())
			.isEqualTo(302);
		jobs().run(ProposalProcess.KEY, mine.toString());
		assertThat(mail().recipientsOf("Completed: project " + mine)).contains("alex@demo.gavel.invalid");
		assertThat(text(alex.get(project, "text/html"))).contains("completed");
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(mine.toString()).count())
			.as("the proposal's and the project's processes ended")
			.isZero();
	}

	private static HttpResponse<String> upload(PortalClient client, String path, String name, byte[] content) {
		return client.postMultipart(path, Map.of(), List.of(Map.entry("file", Map.entry(name, content))));
	}

	@Test
	void aBadRfpIsRefusedByItsFieldsAndNothingIsStored() {
		PortalClient wen = signedIn("wen");
		int before = this.calls.all().size();
		Map<String, String> form = rfpForm("A call with bad weights", inDays(30));
		form.put("criteria", "60 | 5 | Impact\n30 | 5 | Cost");
		form.put("panel", "eva, ana");

		String page = text(wen.postForm("/rfps", form));

		assertThat(page).contains("Nothing was saved", "the weights sum to 90; they must sum to 100");
		assertThat(this.calls.all()).hasSize(before);
		form.put("criteria", "100 | 5 | Impact");
		assertThat(text(wen.postForm("/rfps", form))).contains("'ana' is not an evaluator in the directory");
		assertThat(this.calls.all()).hasSize(before);
		assertThat(signedIn("alex").postForm("/rfps", rfpForm("x", inDays(3))).statusCode()).isEqualTo(403);
	}

	/** Signed in, with the CSRF token of a first page read, as a browser has it. */
	private PortalClient signedIn(String username) {
		PortalClient client = PortalClient.signedIn(this.port, username);
		client.get("/me", "text/html");
		return client;
	}

	/** A page's text as a person reads it (the portal escapes quotes and ampersands). */
	private static String text(HttpResponse<String> page) {
		return HtmlUtils.htmlUnescape(page.body());
	}

	private Reference draft(PortalClient chair, String title, Instant deadline) {
		return fixture().draft(chair, RfpFixture.rfpForm(title, this.clock.instant(), deadline));
	}

	private Map<String, String> rfpForm(String title, Instant deadline) {
		return RfpFixture.rfpForm(title, this.clock.instant(), deadline);
	}

	private void approveByTheEc(Reference rfp) {
		fixture().approveByTheEc(rfp);
	}

	private ProcessJobs jobs() {
		return fixture().jobs();
	}

	private RfpFixture fixture() {
		return new RfpFixture(this.runtime, this.management, this.approvalProcesses, this.approvals, this.calls);
	}

	private static String local(Instant instant) {
		return RfpFixture.local(instant);
	}

	private static HttpResponse<String> offer(PortalClient client, Reference rfp, int slot, String name,
			byte[] content) {
		return client.postMultipart("/rfps/" + rfp + "/templates/" + slot, Map.of(),
				List.of(Map.entry("file", Map.entry(name, content))));
	}

	private Instant inDays(int days) {
		return this.clock.instant().plus(Duration.ofDays(days)).truncatedTo(ChronoUnit.MINUTES);
	}

	private SentMail mail() {
		return new SentMail(this.delivery);
	}

}
