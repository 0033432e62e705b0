package org.gavel.grants;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.SentMail;
import org.gavel.TestClock;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.Decision;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.attachments.Files;
import org.gavel.grants.model.ProposalStatus;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.persistence.Calls;
import org.gavel.grants.persistence.Proposals;
import org.gavel.grants.process.ProposalProcess;
import org.gavel.grants.process.RfpProcess;
import org.gavel.system.Outcome;
import org.gavel.system.mail.MailDelivery;
import org.gavel.voting.CastingVote;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.process.BallotProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EC's award decision when it goes wrong, on PostgreSQL with mail through GreenMail:
 * amira's proposal is found ineligible and the secretariat overrides the table; ines, an
 * evaluator from Roundway Tyres, is found conflicted with mia's proposal by Gavel; eva
 * scores amira's and mia's alike, a tie in the ranking. Mia is of Roundway Tyres, so
 * kenji, Roundway's EC seat, is recused from the award (no review task, no mail, not on
 * the seat vote's roll); joost objects, the seat vote fails, the chair rejects; the
 * recommendation goes back to the working group, whose chair recommends again, and the EC
 * awards the second recommendation.
 */
@GavelIntegrationTest
class AwardDecisionIT {

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
	TaskService tasks;

	@Autowired
	ApprovalProcesses approvalProcesses;

	@Autowired
	ReadingApprovals approvals;

	@Autowired
	CastingVote casting;

	@Autowired
	BallotProcesses ballots;

	@Autowired
	Calls calls;

	@Autowired
	Proposals proposals;

	@BeforeEach
	void emptyTheMailbox() throws Exception {
		new SentMail(this.delivery).clear();
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void anOverrideATieAndARejectedAwardRecommendedAgainWithTheApplyingMembersSeatRecusedEachTime() throws Exception {
		PortalClient wen = signedIn("wen");
		Instant deadline = this.clock.instant().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
		String title = "Latex quality training for smallholder groups";
		Map<String, String> form = RfpFixture.rfpForm(title, this.clock.instant(), deadline);
		form.put("panel", "eva, ines");
		Reference rfp = fixture().draft(wen, form);
		fixture().approveByTheEc(rfp);
		UUID call = this.calls.find(rfp).orElseThrow().id();

		// mia applies for Roundway Tyres, a member organisation
		PortalClient mia = signedIn("mia");
		Reference proposal = RfpFixture.proposalAt(mia.postForm("/calls/" + rfp + "/proposals",
				RfpFixture.application("Roundway Tyres Outgrower Scheme", "company", "TH", "40000")));
		assertThat(RfpFixture.upload(mia, proposal, 0, "p.pdf", Files.PDF).statusCode()).isEqualTo(302);
		assertThat(RfpFixture.upload(mia, proposal, 1, "b.xlsx", Files.ooxml("xl/workbook.xml")).statusCode())
			.isEqualTo(302);
		assertThat(mia.postForm("/proposals/" + proposal + "/submit", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.proposals.find(proposal).orElseThrow().memberOrganisation()).isEqualTo("roundway-tyres");
		// amira's work is in Laos, outside the call's countries
		PortalClient amira = signedIn("amira");
		Reference lao = RfpFixture.proposalAt(amira.postForm("/calls/" + rfp + "/proposals",
				RfpFixture.application("Champasak Tappers Group", "producer-group", "LA", "10000")));
		RfpFixture.upload(amira, lao, 0, "p.pdf", Files.PDF);
		RfpFixture.upload(amira, lao, 1, "b.xlsx", Files.ooxml("xl/workbook.xml"));
		assertThat(amira.postForm("/proposals/" + lao + "/submit", Map.of()).statusCode()).isEqualTo(302);

		// the deadline passes; the table finds amira's ineligible and the secretariat
		// overrides it with its reason
		this.clock.advance(Duration.between(this.clock.instant(), deadline).plusMinutes(5));
		jobs().run(RfpProcess.KEY, rfp.toString());
		for (Reference each : List.of(proposal, lao)) {
			jobs().run(ProposalProcess.KEY, each.toString());
		}
		assertThat(this.proposals.find(lao).orElseThrow().status()).isEqualTo(ProposalStatus.SCREENING);
		String override = "Its tappers sell to Thai buyers in Ubon; the working group asked for Lao groups.";
		assertThat(signedIn("sara")
			.postForm("/rfps/" + rfp + "/proposals/" + lao + "/screening",
					Map.of("decision", "override", "reason", override))
			.statusCode()).isEqualTo(302);
		jobs().run(ProposalProcess.KEY, lao.toString());
		assertThat(this.proposals.find(lao).orElseThrow().status()).isEqualTo(ProposalStatus.ELIGIBLE);
		assertThat(this.proposals.find(lao).orElseThrow().screeningNote()).isEqualTo(override);
		assertThat(mail().recipientsOf("Not eligible: proposal " + lao)).isEmpty();

		// ines is of Roundway Tyres: Gavel records her conflict with mia's proposal and
		// never asks her; she declares one with amira's herself
		for (Reference each : List.of(proposal, lao)) {
			jobs().run(ProposalProcess.KEY, each.toString());
		}
		PortalClient ines = signedIn("ines");
		assertThat(text(ines.get("/evaluate", "text/html"))).contains(lao.toString())
			.doesNotContain(proposal.toString());
		assertThat(ines.postForm("/evaluate/" + proposal + "/conflict", Map.of("conflict", "none")).body())
			.contains("No declaration on " + proposal + " waits for you.");
		assertThat(ines
			.postForm("/evaluate/" + lao + "/conflict",
					Map.of("conflict", "conflict", "reason", "I trained Champasak's tappers last year."))
			.statusCode()).isEqualTo(302);
		assertThat(text(signedIn("sara").get("/rfps/" + rfp, "text/html")))
			.contains("ines (found by Gavel): Your organisation applies: Roundway Tyres Outgrower Scheme.");
		assertThat(mail().recipientsOf("Declare any conflict: proposal " + proposal))
			.containsExactly("eva@demo.gavel.invalid");

		// eva declares no conflict and scores both alike: a tie; wen ranks and recommends
		PortalClient eva = signedIn("eva");
		for (Reference each : List.of(proposal, lao)) {
			assertThat(eva.postForm("/evaluate/" + each + "/conflict", Map.of("conflict", "none")).statusCode())
				.isEqualTo(302);
			assertThat(eva.postForm("/evaluate/" + each + "/scores", scores()).statusCode()).isEqualTo(302);
		}
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.RANKING);
		String tied = text(wen.get("/rfps/" + rfp + "/ranking", "text/html"));
		assertThat(tied).contains("<td>=1</td><td>" + proposal, "<td>=1</td><td>" + lao);
		assertThat(wen.postForm("/rfps/" + rfp + "/ranking", Map.of("adjustments", "")).statusCode()).isEqualTo(302);
		assertThat(
				wen.postForm("/rfps/" + rfp + "/recommendation", Map.of("grants", proposal + " | 40000")).statusCode())
			.isEqualTo(302);
		jobs().run(RfpProcess.KEY, rfp.toString());

		// kenji, Roundway's seat, is recused: no review task, no mail, no vote
		Approval first = awardItem(call, 1);
		String review = "For EC review: Grant award " + rfp + ": " + title;
		assertThat(mail().recipientsOf(review)).hasSize(11).doesNotContain("kenji@demo.gavel.invalid");
		assertThat(reviewers(first.id())).hasSize(11).doesNotContain("kenji");
		assertThat(respond(first.id(), "kenji", "no-objection", null)).as("nothing waits for kenji's review")
			.isNotEqualTo(Outcome.done());

		// joost objects; the seat vote fails; the chair rejects the award
		assertThat(respond(first.id(), "joost", "objection", "One grant of USD 40,000 leaves out the Lao groups."))
			.isEqualTo(Outcome.done());
		RfpFixture.SEATS.stream()
			.filter((seat) -> !seat.equals("kenji") && !seat.equals("joost"))
			.forEach((seat) -> assertThat(respond(first.id(), seat, "no-objection", null)).as(seat)
				.isEqualTo(Outcome.done()));
		jobs().run(RfpProcess.KEY, rfp.toString());
		assertThat(this.approvals.find(first.id()).orElseThrow().status()).isEqualTo(Status.IN_VOTE);
		UUID ballot = this.approvals.record(first.id()).orElseThrow().ballot();
		assertThat(vote(ballot, "kenji", Choice.FOR)).as("recused: not on the seat vote's roll")
			.isInstanceOf(CastingVote.Outcome.Rejected.class);
		List.of("ana", "bao", "nils", "megan", "luca", "fiona", "joost")
			.forEach((seat) -> assertThat(vote(ballot, seat, Choice.AGAINST))
				.isInstanceOf(CastingVote.Outcome.Accepted.class));
		vote(ballot, "budi", Choice.FOR);
		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		assertThat(this.ballots.closeNow(ballot, "sara")).isEqualTo(Outcome.done());
		assertThat(this.ballots.signOff(ballot, "scott", null)).isInstanceOf(Outcome.Accepted.class);
		assertThat(this.ballots.signOff(ballot, "sandra", null)).isInstanceOf(Outcome.Accepted.class);
		jobs().run(RfpProcess.KEY, rfp.toString());
		assertThat(this.approvals.find(first.id()).orElseThrow().status()).isEqualTo(Status.AWAITING_CHAIR);
		assertThat(this.approvalProcesses.complete(first.id(), EcApprovalProcess.CHAIR_DECIDES, "aisha",
				Map.of("chairDecision", "reject", "comments", "Split the grant so that the Lao groups are included.")))
			.isEqualTo(Outcome.done());
		jobs().run(RfpProcess.KEY, rfp.toString());

		// back with the working group: wen is told, the proposal still waits
		assertThat(this.approvals.find(first.id()).orElseThrow().decision())
			.isEqualTo(new Decision(false, Decision.How.CHAIR));
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.RANKED);
		assertThat(this.proposals.find(proposal).orElseThrow().status()).isEqualTo(ProposalStatus.SCORED);
		assertThat(this.proposals.find(lao).orElseThrow().status()).isEqualTo(ProposalStatus.SCORED);
		assertThat(GreenMailUtil
			.getBody(mail().to("wen@demo.gavel.invalid", "Recommendation rejected: " + rfp + " " + title)))
			.contains("back with the working group");
		assertThat(mail().recipientsOf("Awarded: proposal " + proposal)).isEmpty();
		String ranking = text(wen.get("/rfps/" + rfp + "/ranking", "text/html"));
		assertThat(ranking).contains("The Executive Committee's award decisions", "/approvals/" + first.id(),
				"Recommend the grants");

		// wen recommends again; kenji is recused again; the EC awards it
		assertThat(wen
			.postForm("/rfps/" + rfp + "/recommendation", Map.of("grants", proposal + " | 30000\n" + lao + " | 10000",
					"conditions", "Include the Lao groups in the training."))
			.statusCode()).isEqualTo(302);
		jobs().run(RfpProcess.KEY, rfp.toString());
		Approval second = awardItem(call, 2);
		assertThat(reviewers(second.id())).hasSize(11).doesNotContain("kenji");
		RfpFixture.SEATS.stream()
			.filter((seat) -> !seat.equals("kenji"))
			.forEach((seat) -> assertThat(respond(second.id(), seat, "no-objection", null)).as(seat)
				.isEqualTo(Outcome.done()));
		jobs().run(RfpProcess.KEY, rfp.toString());

		assertThat(this.approvals.find(second.id()).orElseThrow().decision())
			.isEqualTo(new Decision(true, Decision.How.CONSENSUS));
		assertThat(this.calls.find(rfp).orElseThrow().status()).isEqualTo(RfpStatus.AWARDED);
		assertThat(this.proposals.find(proposal).orElseThrow().status()).isEqualTo(ProposalStatus.AWARDED);
		assertThat(this.proposals.find(lao).orElseThrow().status()).isEqualTo(ProposalStatus.AWARDED);
		jobs().run(ProposalProcess.KEY, proposal.toString());
		jobs().run(ProposalProcess.KEY, lao.toString());
		assertThat(mail().recipientsOf("Awarded: proposal " + proposal)).containsExactly("mia@demo.gavel.invalid");
		assertThat(mail().recipientsOf("Awarded: proposal " + lao)).containsExactly("amira@demo.gavel.invalid");
		assertThat(text(mia.get("/proposals/" + proposal + "/letter", "text/html"))).contains("USD 30,000.00",
				"Include the Lao groups in the training.");
		assertThat(text(signedIn("kofi").get("/approvals/" + second.id(), "text/html")))
			.contains("11 of 11 seats not recused said no objection");
	}

	private Approval awardItem(UUID call, int count) {
		List<Approval> items = this.approvals.bySubject(AwardingGrants.SUBJECT + call);
		assertThat(items).hasSize(count);
		return items.get(count - 1);
	}

	private List<String> reviewers(UUID approval) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(approval.toString())
			.taskDefinitionKey(EcApprovalProcess.REVIEW_ITEM)
			.list()
			.stream()
			.map((task) -> task.getAssignee())
			.toList();
	}

	private Outcome<?> respond(UUID approval, String seat, String response, String reason) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("response", response);
		values.put("reason", reason);
		return this.approvalProcesses.complete(approval, EcApprovalProcess.REVIEW_ITEM, seat, values);
	}

	private CastingVote.Outcome vote(UUID ballot, String voter, Choice choice) {
		return this.casting.cast(new CastingVote.CastVote(ballot, voter, choice, Channel.ONLINE, null, null));
	}

	private static Map<String, String> scores() {
		Map<String, String> scores = new LinkedHashMap<>();
		scores.put("score_reach-among-smallholders", "4");
		scores.put("comment_reach-among-smallholders", "Three hundred households in two provinces.");
		scores.put("score_quality-of-the-planting-material", "3");
		scores.put("comment_quality-of-the-planting-material", "Training on latex, not planting material.");
		scores.put("score_value-for-money", "4");
		scores.put("comment_value-for-money", "USD 130 a household.");
		return scores;
	}

	private PortalClient signedIn(String username) {
		PortalClient client = PortalClient.signedIn(this.port, username);
		client.get("/me", "text/html");
		return client;
	}

	private static String text(HttpResponse<String> page) {
		return HtmlUtils.htmlUnescape(page.body());
	}

	private RfpFixture fixture() {
		return new RfpFixture(this.runtime, this.management, this.approvalProcesses, this.approvals, this.calls);
	}

	private ProcessJobs jobs() {
		return fixture().jobs();
	}

	private SentMail mail() {
		return new SentMail(this.delivery);
	}

}
