package org.gavel.approvals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.SentMail;
import org.gavel.TestClock;
import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ApprovalEvent;
import org.gavel.approvals.model.Decision;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Review;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.system.Outcome;
import org.gavel.system.mail.MailDelivery;
import org.gavel.voting.CastingVote;
import org.gavel.voting.ReadingBallots;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.process.BallotProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code EcApprovalProcess} from submission to the published decision, on PostgreSQL with
 * mail through GreenMail: terms of reference drafted in the portal, reviewed by the
 * twelve filled seats of the demo realm (chair aisha), seat votes through
 * {@code BallotProcess}. Timers fire because the test moves the clock; the test runs due
 * jobs itself.
 */
@GavelIntegrationTest
class EcApprovalProcessIT {

	static final List<String> SEATS = List.of("ana", "bao", "nils", "kenji", "megan", "luca", "fiona", "joost", "aisha",
			"budi", "somchai", "kofi");

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MailDelivery delivery;

	@Autowired
	IdentityService identities;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	ApprovalProcesses processes;

	@Autowired
	Approvals approvals;

	@Autowired
	CastingVote casting;

	@Autowired
	BallotProcesses ballots;

	@BeforeEach
	void emptyTheMailbox() throws Exception {
		mail().clear();
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void termsOfReferenceApprovedByConsensusWithAConflictedMemberRecused() throws Exception {
		PortalClient wen = PortalClient.signedIn(this.port, "wen");
		UUID terms = draft(wen, "Assurance Model Task Force");
		UUID id = approvalOf(terms);
		runJobs(id);

		assertThat(reviewTasks(id)).as("one review per filled seat").hasSize(12);
		assertThat(mail().recipients()).hasSize(13)
			.contains("wen@demo.gavel.invalid", "aisha@demo.gavel.invalid", "kofi@demo.gavel.invalid");
		MimeMessage request = mail().to("ana@demo.gavel.invalid", "For EC review");
		assertThat(request.getSubject()).isEqualTo("For EC review: Terms of reference: Assurance Model Task Force");
		assertThat(GreenMailUtil.getBody(request)).contains("/approvals/" + id, "conflict of");

		respond(id, "kofi", "conflict", "My organisation bids for the pilot");
		for (String member : SEATS.subList(0, 11)) {
			respond(id, member, "no-objection", null);
		}
		runJobs(id);

		Approvals.Event last = this.approvals.events(id).get(this.approvals.events(id).size() - 1);
		assertThat(this.approvals.find(id).orElseThrow().decision())
			.isEqualTo(new Decision(true, Decision.How.CONSENSUS));
		assertThat(last.what()).isEqualTo(ApprovalEvent.APPROVED);
		String page = wen.get("/approvals/" + id, "text/html").body();
		assertThat(page).contains("approved", "Approved by consensus", "My organisation bids for the pilot",
				"11 of 11 seats not recused said no objection");
		MimeMessage decision = mail().to("mia@demo.gavel.invalid", "EC decision");
		assertThat(decision.getSubject())
			.isEqualTo("EC decision: Terms of reference: Assurance Model Task Force — approved");
		assertThat(GreenMailUtil.getBody(decision))
			.contains("Decision record", "declared a conflict of interest", "Approved by consensus", "<dd>Wen Li</dd>",
					"<dd>Capacity building</dd>")
			.doesNotContain("no-objection", "capacity-building");
	}

	@Test
	void anObjectionSendsTheItemToASeatVoteWithoutTheRecusedMember() {
		UUID id = submit(ItemType.TASK_FORCE, "Create the Traceability Task Force", null);
		runJobs(id);
		respond(id, "luca", "conflict", "Kestrel Rubber chairs the traceability pilot");
		respond(id, "joost", "objection", "The task force has no smallholder seat");
		SEATS.stream()
			.filter((m) -> !m.equals("luca") && !m.equals("joost"))
			.forEach((m) -> respond(id, m, "no-objection", null));
		runJobs(id);

		assertThat(this.approvals.find(id).orElseThrow().status()).isEqualTo(Status.IN_VOTE);
		UUID ballot = seatVote(id);
		assertThat(this.readingBallots.find(ballot).orElseThrow().ballot().question())
			.as("the seats read what they vote on")
			.isEqualTo("Shall the Executive Committee approve this task-force creation: \"Create the Traceability"
					+ " Task Force\" (version 1)? Its review round 1 ended without consensus, so the seats decide: for"
					+ " approves it, against rejects it. The item, its reviews and objections are on its page, /approvals/"
					+ id + ".");
		assertThat(vote(ballot, "luca", Choice.FOR)).as("recused: not on the seat vote's roll")
			.isInstanceOf(CastingVote.Outcome.Rejected.class);
		List.of("ana", "bao", "nils", "kenji", "megan", "fiona", "aisha").forEach((m) -> vote(ballot, m, Choice.FOR));
		vote(ballot, "joost", Choice.AGAINST);
		countAndSignOff(id, ballot);

		Approval decided = this.approvals.find(id).orElseThrow();
		assertThat(decided.decision()).isEqualTo(new Decision(true, Decision.How.SEAT_VOTE));
		assertThat(this.approvals.events(id)).extracting((event) -> event.what().name())
			.contains("RECUSED", "OBJECTION", "NO_CONSENSUS", "SEAT_VOTE", "APPROVED");
	}

	@Test
	void theSeatHoldersOfTheOrganisationAnItemConcernsAreRecusedWithoutATaskOrAMail() throws Exception {
		UUID id = this.processes
			.submit(new EcApprovalProcess.Input(
					new Item(ItemType.SANCTION, "Suspension of membership of Sumatra Latex Processing",
							"test:" + UUID.randomUUID(), 1, null, "gita"),
					1, null, "sumatra-latex"))
			.orElseThrow();
		runJobs(id);

		assertThat(reviewTasks(id)).extracting(Task::getAssignee).hasSize(11).doesNotContain("ana");
		assertThat(mail().recipientsOf("For EC review: Suspension of membership of Sumatra Latex Processing"))
			.hasSize(11)
			.doesNotContain("ana@demo.gavel.invalid");
		assertThat(
				this.processes.complete(id, EcApprovalProcess.REVIEW_ITEM, "ana", Map.of("response", "no-objection")))
			.as("nothing waits for her review")
			.isNotEqualTo(Outcome.done());
		SEATS.stream().filter((m) -> !m.equals("ana")).forEach((m) -> respond(id, m, "no-objection", null));
		runJobs(id);

		assertThat(this.approvals.find(id).orElseThrow().decision())
			.isEqualTo(new Decision(true, Decision.How.CONSENSUS));
		assertThat(PortalClient.signedIn(this.port, "kofi").get("/approvals/" + id, "text/html").body()).contains(
				"Recused by Gavel: this item concerns Sumatra Latex Processing",
				"11 of 11 seats not recused said no objection");
	}

	@Test
	void withoutQuorumOverTheFilledSeatsTheChairRejects() {
		UUID id = submit(ItemType.RFP, "RFP: Provision of certified planting materials", null);
		runJobs(id);
		respond(id, "budi", "objection", "The budget leaves out nursery certification");
		this.processes.closeRound(id, "aisha");
		runJobs(id);
		UUID ballot = seatVote(id);
		List.of("ana", "bao", "nils", "kenji", "megan", "luca").forEach((m) -> vote(ballot, m, Choice.FOR));
		countAndSignOff(id, ballot);

		assertThat(this.approvals.find(id).orElseThrow().status()).isEqualTo(Status.AWAITING_CHAIR);
		assertThat(this.approvals.events(id)).extracting(Approvals.Event::note)
			.anyMatch((note) -> note != null && note.endsWith("no quorum"));
		assertThat(this.processes.complete(id, EcApprovalProcess.CHAIR_DECIDES, "aisha",
				Map.of("chairDecision", "reject", "comments", "Six of twelve seats is no quorum; resubmit next year.")))
			.isEqualTo(Outcome.done());
		runJobs(id);

		assertThat(this.approvals.find(id).orElseThrow().decision()).isEqualTo(new Decision(false, Decision.How.CHAIR));
	}

	@Test
	void returnedRevisedAndApprovedWithTheChangesShown() throws Exception {
		PortalClient wen = PortalClient.signedIn(this.port, "wen");
		UUID terms = draft(wen, "Smallholder Engagement Working Group");
		UUID id = approvalOf(terms);
		runJobs(id);
		respond(id, "somchai", "objection", "Scope must name Thailand as well as Indonesia");
		this.processes.closeRound(id, "sara");
		runJobs(id);
		UUID ballot = seatVote(id);
		SEATS.stream().limit(8).forEach((m) -> vote(ballot, m, Choice.AGAINST));
		countAndSignOff(id, ballot);
		assertThat(this.processes.complete(id, EcApprovalProcess.CHAIR_DECIDES, "aisha",
				Map.of("chairDecision", "return", "comments", "Widen the scope as somchai asks.")))
			.isEqualTo(Outcome.done());
		runJobs(id);

		MimeMessage returned = mail().to("wen@demo.gavel.invalid", "Returned for revision");
		assertThat(GreenMailUtil.getBody(returned)).contains("Widen the scope as somchai asks",
				"Scope must name Thailand as well as Indonesia");
		wen.get("/terms/" + terms + "/revise", "text/html");
		HttpResponse<String> tooShort = wen.postForm("/terms/" + terms + "/revise",
				revision("Indonesia and Thailand", "short"));
		assertThat(tooShort.body()).contains("What changed: must be at least 10 characters long",
				"Indonesia and Thailand");
		assertThat(this.approvals.find(id).orElseThrow().version()).as("nothing saved").isEqualTo(1);
		HttpResponse<String> revised = wen.postForm("/terms/" + terms + "/revise",
				revision("Indonesia and Thailand", "Scope widened to Thailand, as asked"));
		assertThat(revised.statusCode()).isEqualTo(302);
		runJobs(id);

		assertThat(this.approvals.find(id).orElseThrow().round()).isEqualTo(2);
		assertThat(wen.get("/terms/" + terms, "text/html").body()).contains("<ins> and Thailand</ins>",
				"Scope widened to Thailand, as asked");
		SEATS.forEach((m) -> respond(id, m, "no-objection", null));
		runJobs(id);
		assertThat(this.approvals.find(id).orElseThrow().decision())
			.isEqualTo(new Decision(true, Decision.How.CONSENSUS));
		assertThat(this.approvals.find(id).orElseThrow().version()).isEqualTo(2);
	}

	@Test
	void aReturnInTheLastRoundRejectsTheItem() {
		UUID id = submit(ItemType.POSITION, "EC position on the smallholder restructuring resolution", 1);
		runJobs(id);
		respond(id, "fiona", "objection", "The position ignores the smallholders' own proposal");
		this.processes.closeRound(id, "aisha");
		runJobs(id);
		UUID ballot = seatVote(id);
		SEATS.stream().limit(7).forEach((m) -> vote(ballot, m, Choice.AGAINST));
		countAndSignOff(id, ballot);
		this.processes.complete(id, EcApprovalProcess.CHAIR_DECIDES, "aisha",
				Map.of("chairDecision", "return", "comments", "Redraft with the smallholder representatives."));
		runJobs(id);

		assertThat(this.approvals.find(id).orElseThrow().decision())
			.isEqualTo(new Decision(false, Decision.How.ROUNDS_EXHAUSTED));
		assertThat(this.tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
	}

	@Test
	void remindsTheSilentEscalatesToTheChairAndRefusesIncompleteReviews() throws Exception {
		UUID id = submit(ItemType.AWARD, "Award: Pilot agroforestry workshops for smallholders", null);
		runJobs(id);
		respond(id, "ana", "no-objection", null);
		mail().clear();

		Task kenji = this.processes.waitingFor(id, EcApprovalProcess.REVIEW_ITEM, "kenji").orElseThrow();
		this.identities.setAuthentication("kenji", List.of("ec-member"));
		try {
			assertThatThrownBy(() -> this.tasks.complete(kenji.getId(), Map.of())).as("Tasklist, no response")
				.isInstanceOf(ProcessEngineException.class)
				.hasMessageContaining("Your response: is required");
			assertThatThrownBy(() -> this.tasks.complete(kenji.getId(), Map.of("response", "objection")))
				.isInstanceOf(ProcessEngineException.class)
				.hasMessageContaining("reason: an objection needs its reason");
		}
		finally {
			this.identities.clearAuthentication();
		}
		PortalClient kenjiInThePortal = PortalClient.signedIn(this.port, "kenji");
		assertThat(kenjiInThePortal.get("/", "text/html").body())
			.as("the review waits for kenji on the home page, leading to the item's page, with its deadline")
			.contains(
					"<a href=\"/approvals/" + id
							+ "\">Review the item: Award: Pilot agroforestry workshops for smallholders</a>",
					" days</strong>")
			.doesNotContain("tasklist/default/#/?task=");
		assertThat(kenjiInThePortal.get("/approvals/" + id, "text/html").body()).contains("Your review",
				"I sustain an objection");
		HttpResponse<String> shown = kenjiInThePortal.postForm("/approvals/" + id + "/review",
				Map.of("response", "objection", "reason", ""));
		assertThat(shown.body()).contains("Reason: an objection needs its reason", "value=\"objection\" checked");
		assertThat(this.approvals.reviews(id, 1)).extracting(Review::member).containsExactly("ana");

		this.clock.advance(Duration.ofDays(10));
		assertThat(runJobs(id)).as("nothing due before the reminder").isZero();
		this.clock.advance(Duration.ofDays(1).plusMinutes(1));
		runJobs(id);
		assertThat(mail().recipients()).hasSize(11).doesNotContain("ana@demo.gavel.invalid");
		mail().clear();
		this.clock.advance(Duration.ofDays(3));
		runJobs(id);
		assertThat(mail().recipients()).containsExactly("aisha@demo.gavel.invalid");
		assertThat(GreenMailUtil.getBody(mail().received()[0]))
			.contains("no response from: ", "Kenji Sato", "Nils Becker")
			.doesNotContain("Ana Siregar,", "kenji");

		HttpResponse<String> notChair = kenjiInThePortal.postForm("/approvals/" + id + "/close-round", Map.of());
		assertThat(notChair.statusCode()).isEqualTo(403);
		PortalClient aisha = PortalClient.signedIn(this.port, "aisha");
		assertThat(aisha.get("/approvals/" + id, "text/html").body()).contains("Close this review round now");
		assertThat(aisha.postForm("/approvals/" + id + "/close-round", Map.of()).body())
			.as("closing asks for its confirmation first")
			.contains("The round is still open: tick the box to confirm");
		assertThat(this.approvals.events(id)).extracting((event) -> event.what().name()).doesNotContain("ROUND_CLOSED");
		HttpResponse<String> closed = aisha.postForm("/approvals/" + id + "/close-round", Map.of("confirmed", "true"));
		assertThat(closed.statusCode()).isEqualTo(302);
		assertThat(aisha.follow(closed).body()).contains("The review round is closed");
		assertThat(this.approvals.events(id)).extracting((event) -> event.what().name())
			.contains("ESCALATED", "ROUND_CLOSED", "NO_CONSENSUS");
	}

	@Autowired
	ReadingApprovals reading;

	@Autowired
	ReadingBallots readingBallots;

	private UUID seatVote(UUID approval) {
		return this.reading.record(approval).orElseThrow().ballot();
	}

	private CastingVote.Outcome vote(UUID ballot, String voter, Choice choice) {
		return this.casting.cast(new CastingVote.CastVote(ballot, voter, choice, Channel.ONLINE, null, null));
	}

	private void countAndSignOff(UUID approval, UUID ballot) {
		this.clock.advance(Duration.ofDays(7).plusMinutes(1));
		assertThat(this.ballots.closeNow(ballot, "sara")).isEqualTo(Outcome.done());
		assertThat(this.ballots.signOff(ballot, "scott", null)).isInstanceOf(Outcome.Accepted.class);
		assertThat(this.ballots.signOff(ballot, "sandra", null)).isInstanceOf(Outcome.Accepted.class);
		runJobs(approval);
	}

	private void respond(UUID id, String member, String response, String reason) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("response", response);
		values.put("reason", reason);
		assertThat(this.processes.complete(id, EcApprovalProcess.REVIEW_ITEM, member, values))
			.as(member + " responds " + response)
			.isEqualTo(Outcome.done());
	}

	private UUID submit(ItemType type, String title, Integer rounds) {
		return this.processes
			.submit(new EcApprovalProcess.Input(
					new Item(type, title, "test:" + UUID.randomUUID(), 1, "capacity-building", "wen"), rounds, null))
			.orElseThrow();
	}

	private UUID draft(PortalClient chair, String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("workingGroup", "capacity-building");
		form.put("title", title);
		form.put("purpose", "Bring smallholders' voices into every working group's decisions.");
		form.put("scope", "Smallholder rubber in Indonesia");
		form.put("deliverables", "An engagement plan\nA yearly report");
		form.put("membership", "Two smallholder members, one per region.");
		form.put("timeline", "Plan in six months; review after a year.");
		chair.get("/terms/new", "text/html");
		HttpResponse<String> created = chair.postForm("/terms", form);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private Map<String, String> revision(String scope, String note) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Smallholder Engagement Working Group");
		form.put("purpose", "Bring smallholders' voices into every working group's decisions.");
		form.put("scope", "Smallholder rubber in " + scope);
		form.put("deliverables", "An engagement plan\nA yearly report");
		form.put("membership", "Two smallholder members, one per region.");
		form.put("timeline", "Plan in six months; review after a year.");
		form.put("changeNote", note);
		return form;
	}

	private UUID approvalOf(UUID terms) {
		return this.approvals.bySubject("terms-of-reference:" + terms).get(0).id();
	}

	private List<Task> reviewTasks(UUID id) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(id.toString())
			.taskDefinitionKey(EcApprovalProcess.REVIEW_ITEM)
			.list();
	}

	/** Runs the due jobs of the approval's instance and of the seat votes it called. */
	private int runJobs(UUID approval) {
		return new ProcessJobs(this.runtime, this.management).run(EcApprovalProcess.KEY, approval.toString());
	}

	private SentMail mail() {
		return new SentMail(this.delivery);
	}

}
