package org.gavel.resolutions;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.SentMail;
import org.gavel.TestClock;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.resolutions.model.EcStance;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionStatus;
import org.gavel.resolutions.persistence.Assemblies;
import org.gavel.resolutions.persistence.Resolutions;
import org.gavel.resolutions.process.GaResolutionProcess;
import org.gavel.system.Outcome;
import org.gavel.system.mail.MailDelivery;
import org.gavel.voting.CastingVote;
import org.gavel.voting.model.BallotOutcome;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.process.BallotProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code GaResolutionProcess} from draft to result on PostgreSQL, with mail through
 * GreenMail: the secretariat schedules an assembly in the portal, members draft,
 * co-sponsor and submit, the secretariat reviews, the EC gives its position through
 * {@code EcApprovalProcess}, the booklet is published, members vote through
 * {@code BallotProcess}. Timers fire because the test moves the clock.
 */
@GavelIntegrationTest
class GaResolutionProcessIT {

	static final List<String> GA_VOTERS = List.of("ana", "bao", "nils", "olivia", "claire", "kenji", "megan", "luca",
			"fiona", "joost", "aisha", "budi", "somchai", "kofi");

	static final String SCRIPT = "<script>alert(1)</script>";

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
	Resolutions resolutions;

	@Autowired
	Assemblies assemblies;

	@Autowired
	ApprovalProcesses approvals;

	@Autowired
	Approvals approvalRows;

	@Autowired
	CastingVote casting;

	@Autowired
	BallotProcesses ballots;

	@Autowired
	ReadingResolutions reading;

	@Autowired
	TestRestTemplate http;

	final ObjectMapper json = new ObjectMapper();

	PortalClient sara;

	@BeforeEach
	void signInTheSecretariat() throws Exception {
		mail().clear();
		this.sara = PortalClient.signedIn(this.port, "sara");
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void submittedWithAnEcPositionPublishedVotedAndAdopted() throws Exception {
		UUID assembly = schedule("gpsnr-ga");
		PortalClient ana = PortalClient.signedIn(this.port, "ana");
		UUID id = draft(ana, assembly, "Restructure smallholder membership " + SCRIPT, "ordinary", "fiona, budi");
		run(id);
		assertThat(mail().to("fiona@demo.gavel.invalid", "Invitation to co-sponsor").getSubject())
			.contains("Restructure");

		PortalClient fiona = PortalClient.signedIn(this.port, "fiona");
		fiona.get("/resolutions/" + id, "text/html");
		assertThat(fiona
			.postForm("/resolutions/" + id + "/endorse",
					Map.of("endorsement", "endorse", "statement", "Smallholders need a seat"))
			.statusCode()).isEqualTo(302);
		ana.get("/resolutions/" + id, "text/html");
		HttpResponse<String> early = ana.postForm("/resolutions/" + id + "/submit", Map.of("confirmed", "true"));
		assertThat(early.statusCode()).as("two sponsors from two categories are not enough").isEqualTo(200);
		assertThat(early.body()).contains("the sponsor rule is not met yet", "not yet from");
		assertThat(status(id)).isEqualTo(ResolutionStatus.DRAFT);

		PortalClient budi = PortalClient.signedIn(this.port, "budi");
		budi.get("/resolutions/" + id, "text/html");
		assertThat(budi.postForm("/resolutions/" + id + "/endorse", Map.of("endorsement", "endorse")).statusCode())
			.isEqualTo(302);
		assertThat(ana.postForm("/resolutions/" + id + "/submit", Map.of("confirmed", "true")).statusCode())
			.isEqualTo(302);
		run(id);
		assertThat(status(id)).isEqualTo(ResolutionStatus.SUBMITTED);
		assertThat(mail().recipientsOf("Resolution received")).contains("ana@demo.gavel.invalid",
				"fiona@demo.gavel.invalid", "budi@demo.gavel.invalid", "sara@demo.gavel.invalid");

		review(id, Map.of("decision", "admit", "askEcPosition", "true"));
		run(id);
		UUID approval = this.approvalRows.bySubject("resolution:" + id).get(0).id();
		for (String member : List.of("ana", "bao", "nils", "kenji", "megan", "luca", "fiona", "joost", "aisha", "budi",
				"somchai", "kofi")) {
			assertThat(this.approvals.complete(approval, EcApprovalProcess.REVIEW_ITEM, member,
					Map.of("response", "no-objection")))
				.as(member)
				.isEqualTo(Outcome.done());
		}
		run(id);
		PortalClient aisha = PortalClient.signedIn(this.port, "aisha");
		assertThat(aisha.get("/resolutions/" + id, "text/html").body())
			.contains("The Executive Committee&#39;s position", "value=\"support\" checked");
		assertThat(aisha
			.postForm("/resolutions/" + id + "/ec-position",
					Map.of("stance", "support", "statement", "It widens the platform's base."))
			.statusCode()).isEqualTo(302);
		Resolution admitted = this.resolutions.find(id).orElseThrow();
		assertThat(admitted.status()).isEqualTo(ResolutionStatus.ADMITTED);
		assertThat(admitted.number()).isEqualTo(1);
		assertThat(admitted.ecStance()).isEqualTo(EcStance.SUPPORT);

		publish(assembly);
		run(id);
		assertThat(status(id)).isEqualTo(ResolutionStatus.PUBLISHED);
		MimeMessage booklet = mail().to("mia@demo.gavel.invalid", "Booklet published");
		assertThat(GreenMailUtil.getBody(booklet)).as("a link to the port the portal took")
			.contains("http://localhost:" + this.port + "/assemblies/" + assembly + "/booklet");
		PortalClient mia = PortalClient.signedIn(this.port, "mia");
		mia.get("/resolutions/" + id, "text/html");
		assertThat(mia
			.postForm("/resolutions/" + id + "/comments",
					Map.of("comment", "We back this.\nOur board agreed <b>unanimously</b>."))
			.statusCode()).isEqualTo(302);
		assertThat(mia.get("/resolutions/" + id, "text/html").body()).contains(
				"<p>We back this.<br/>\nOur board agreed &lt;b&gt;unanimously&lt;/b&gt;.</p>",
				"id=\"notice\">Your comment is published below.</p>");
		String html = mia.get("/assemblies/" + assembly + "/booklet", "text/html").body();
		assertThat(html).contains("Resolution 1: Restructure smallholder membership", "The EC supports this resolution",
				"Forest Peoples Network");
		HttpResponse<String> pdf = mia.get("/assemblies/" + assembly + "/booklet.pdf", "application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.body()).startsWith("%PDF-");

		this.clock.advance(Duration.ofDays(20).plusMinutes(1));
		run(id);
		assertThat(status(id)).isEqualTo(ResolutionStatus.VOTING);
		assertThat(mail().recipientsOf("Voting open")).containsExactlyInAnyOrderElementsOf(
				GA_VOTERS.stream().map((voter) -> voter + "@demo.gavel.invalid").toList());
		UUID ballot = this.reading.resolution(id).orElseThrow().ballot().id();
		assertThat(PortalClient.signedIn(this.port, "kofi").get("/ballots/" + ballot, "text/html").body())
			.as("the voter reads what the assembly would resolve on the ballot page itself")
			.contains("What is voted on",
					"The General Assembly resolves: The assembly resolves to open a smallholder membership class.");
		for (String voter : GA_VOTERS.subList(0, 10)) {
			vote(ballot, voter, Choice.FOR);
		}
		vote(ballot, "kofi", Choice.AGAINST);
		this.clock.advance(Duration.ofDays(8).plusMinutes(1));
		run(id);
		assertThat(mail().recipientsOf("Reminder: vote on Resolution 1: Restructure"))
			.as("two days before the close, those who have not voted")
			.containsExactlyInAnyOrder("aisha@demo.gavel.invalid", "budi@demo.gavel.invalid",
					"somchai@demo.gavel.invalid");
		countAndSignOff(id, ballot);

		Resolution adopted = this.resolutions.find(id).orElseThrow();
		assertThat(adopted.status()).isEqualTo(ResolutionStatus.ADOPTED);
		assertThat(adopted.outcome()).isEqualTo(BallotOutcome.ADOPTED);
		String certificate = mia.get("/resolutions/" + id + "/certificate", "text/html").body();
		assertThat(certificate)
			.contains("Certificate of result", "adopted", "<td>Civil society organisations</td><td>3</td><td>2</td>",
					"Counted under the rule set “GPSNR General Assembly”, version 1,", "Chain head", "Scott Avery",
					"Sandra Oduya")
			.as("no configuration key")
			.doesNotContain("gpsnr-ga");
		assertThat(mia.get("/register", "text/html").body()).contains("Restructure smallholder membership",
				"adopted, not started");
		MimeMessage result = mail().to("mia@demo.gavel.invalid", "Result: Resolution 1");
		assertThat(GreenMailUtil.getBody(result)).contains("/resolutions/" + id + "/certificate");
		assertThat(result.getSubject()).endsWith("— adopted");
		assertThat(mail().recipientsOf("Result: ")).as("one result mail: the ballot leaves it to the resolution")
			.filteredOn("mia@demo.gavel.invalid"::equals)
			.hasSize(1);

		PortalClient secretariat = this.sara;
		secretariat.get("/resolutions/" + id, "text/html");
		assertThat(secretariat.postForm("/resolutions/" + id + "/implementation", Map.of("stage", "in_progress"))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> backwards = secretariat.postForm("/resolutions/" + id + "/implementation",
				Map.of("stage", "in_progress"));
		assertThat(backwards.body()).contains("implementation only moves forward");

		for (String page : List.of("/resolutions/" + id, "/assemblies/" + assembly,
				"/assemblies/" + assembly + "/booklet", "/resolutions/" + id + "/certificate", "/register")) {
			assertThat(mia.get(page, "text/html").body()).as(page)
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;")
				.doesNotContain(SCRIPT);
		}
		for (MimeMessage message : mail().received()) {
			if (message.getSubject().contains("Restructure") || message.getSubject().contains("General Assembly")) {
				assertThat(GreenMailUtil.getBody(message)).as(message.getSubject()).doesNotContain(SCRIPT);
			}
		}
		assertThat(GreenMailUtil.getBody(result)).contains("&lt;script&gt;");
	}

	@Test
	void returnedResubmittedAndRejectedByTheVote() throws Exception {
		UUID assembly = schedule("gpsnr-ga");
		PortalClient nils = PortalClient.signedIn(this.port, "nils");
		UUID id = sponsored(nils, assembly, "Disclosure requirements for year-one reporting", "joost", "somchai");
		HttpResponse<String> noDeadline = review(id, Map.of("decision", "return", "comments", "Cite the clause."));
		assertThat(noDeadline.body()).contains("a returned resolution needs a resubmission deadline");
		String due = LocalDateTime.now(ZoneOffset.UTC).plusDays(10).toLocalDate().toString();
		review(id, Map.of("decision", "return", "comments", "Cite the clause.", "resubmitBy", due));
		run(id);
		assertThat(status(id)).isEqualTo(ResolutionStatus.RETURNED);
		assertThat(GreenMailUtil.getBody(mail().to("nils@demo.gavel.invalid", "Returned for revision")))
			.contains("Cite the clause.", "Revise it and resubmit by");

		String page = nils.get("/resolutions/" + id, "text/html").body();
		assertThat(page).contains("Revise and resubmit", "Disclosure requirements for year-one reporting");
		Map<String, String> revision = new LinkedHashMap<>();
		revision.put("title", "Disclosure requirements for year-one reporting");
		revision.put("type", "ordinary");
		revision.put("rationale", "Members asked what year one must disclose; clause 4.2 leaves it open.");
		revision.put("operativeText", "The assembly amends the reporting guidance under clause 4.2.");
		revision.put("changeNote", "short");
		HttpResponse<String> tooShort = nils.postForm("/resolutions/" + id + "/revise", revision);
		assertThat(tooShort.body()).contains("What changed: must be at least 10 characters long", "clause 4.2 leaves");
		revision.put("changeNote", "Names clause 4.2 as asked.");
		assertThat(nils.postForm("/resolutions/" + id + "/revise", revision).statusCode()).isEqualTo(302);
		run(id);
		Resolution resubmitted = this.resolutions.find(id).orElseThrow();
		assertThat(resubmitted.status()).isEqualTo(ResolutionStatus.SUBMITTED);
		assertThat(resubmitted.version()).isEqualTo(2);
		assertThat(this.resolutions.versions(id))
			.extracting(Resolutions.Version::number, Resolutions.Version::changeNote)
			.containsExactly(tuple(1, null), tuple(2, "Names clause 4.2 as asked."));
		String changed = this.sara.get("/resolutions/" + id, "text/html").body();
		assertThat(changed).contains("What changed in version 2", "Names clause 4.2 as asked.", "<h3>Type</h3>",
				"<del>Statutory</del><ins>Ordinary</ins>", "<h3>Operative text</h3>",
				"The assembly <del>resolves</del><ins>amends</ins>");

		review(id, Map.of("decision", "admit"));
		run(id);
		publish(assembly);
		this.clock.advance(Duration.ofDays(20).plusMinutes(1));
		run(id);
		UUID ballot = this.reading.resolution(id).orElseThrow().ballot().id();
		for (String voter : GA_VOTERS.subList(0, 9)) {
			vote(ballot, voter, Choice.AGAINST);
		}
		vote(ballot, "kofi", Choice.FOR);
		countAndSignOff(id, ballot);

		Resolution rejected = this.resolutions.find(id).orElseThrow();
		assertThat(rejected.status()).isEqualTo(ResolutionStatus.NOT_ADOPTED);
		assertThat(rejected.outcome()).isEqualTo(BallotOutcome.REJECTED);
		assertThat(rejected.implementation()).isNull();
		assertThat(this.reading.register()).noneMatch((entry) -> entry.resolution().id().equals(id));
		assertThat(mail().to("mia@demo.gavel.invalid", "Result: Resolution").getSubject()).endsWith("not adopted");
	}

	@Test
	void theSecretariatRejectsThroughTheEngineApiAsTasklistDoesAndMustGiveReasons() throws Exception {
		UUID assembly = schedule("gpsnr-ga");
		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		UUID id = sponsored(olivia, assembly, "Ban synthetic rubber from every member's supply", "joost", "budi");
		TestRestTemplate engine = this.http.withBasicAuth("sara", "demo");
		JsonNode waiting = this.json.readTree(
				engine
					.getForEntity("/engine-rest/task?processInstanceBusinessKey=" + id + "&candidateGroup=secretariat",
							String.class)
					.getBody());
		assertThat(waiting).as("the review waits for the secretariat group, as Tasklist lists it").hasSize(1);
		assertThat(waiting.get(0).path("taskDefinitionKey").asText())
			.isEqualTo(GaResolutionProcess.REVIEW_ADMISSIBILITY);
		String task = "/engine-rest/task/" + waiting.get(0).path("id").asText();
		assertThat(
				engine.postForEntity(task + "/claim", Map.of("userId", "sara"), String.class).getStatusCode().value())
			.isEqualTo(204);

		ResponseEntity<String> noReasons = engine.postForEntity(task + "/submit-form",
				Map.of("variables", Map.of("decision", Map.of("value", "reject"))), String.class);
		assertThat(noReasons.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(noReasons.getBody()).contains("the proposer needs the reasons");
		assertThat(status(id)).isEqualTo(ResolutionStatus.SUBMITTED);

		ResponseEntity<String> rejected = engine.postForEntity(task + "/submit-form",
				Map.of("variables",
						Map.of("decision", Map.of("value", "reject"), "comments",
								Map.of("value", "A ban on one material is outside the platform's remit."))),
				String.class);
		assertThat(rejected.getStatusCode().value()).as(rejected.getBody()).isEqualTo(204);
		run(id);
		assertThat(status(id)).isEqualTo(ResolutionStatus.INADMISSIBLE);
		MimeMessage notice = mail().to("olivia@demo.gavel.invalid", "Not admitted: Ban synthetic rubber");
		assertThat(GreenMailUtil.getBody(notice)).contains("outside the platform&#39;s remit");
		assertThat(mail().recipientsOf("Not admitted: Ban synthetic rubber")).as("the proposer and the co-sponsors")
			.containsExactlyInAnyOrder("olivia@demo.gavel.invalid", "joost@demo.gavel.invalid",
					"budi@demo.gavel.invalid");
	}

	@Test
	void theSecretariatMovesTheAssemblyAndTheDraftsFollowUntilVotingOpens() throws Exception {
		UUID assembly = schedule("gpsnr-ga");
		String title = this.assemblies.find(assembly).orElseThrow().title();
		PortalClient ana = PortalClient.signedIn(this.port, "ana");
		UUID id = draft(ana, assembly, "Open a regional office in Jakarta", "ordinary", "fiona, budi");
		run(id);
		UUID published = sponsored(PortalClient.signedIn(this.port, "nils"), assembly, "Publish the member fees",
				"joost", "somchai");
		review(published, Map.of("decision", "admit"));
		publish(assembly);
		run(published);
		assertThat(status(published)).isEqualTo(ResolutionStatus.PUBLISHED);
		assertThat(this.sara.get("/assemblies/" + assembly, "text/html").body()).contains("id=\"reschedule\"");
		String current = this.sara.get("/assemblies/" + assembly + "/edit", "text/html").body();
		assertThat(current).contains("Reschedule " + title, "value=\"Singapore\"", "value=\"gpsnr-ga\"");

		Instant startsAt = this.assemblies.find(assembly).orElseThrow().startsAt();
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
		Map<String, String> tooSoon = assemblyForm("gpsnr-ga", 10);
		tooSoon.put("title", title);
		HttpResponse<String> refused = this.sara.postForm("/assemblies/" + assembly, tooSoon);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("breaks the statutory notice of 30 days", "value=\"" + title + "\"");
		assertThat(this.assemblies.find(assembly).orElseThrow().startsAt()).as("nothing changed").isEqualTo(startsAt);
		Map<String, String> unknownRules = assemblyForm("no-such-rules", 45);
		unknownRules.put("title", title);
		HttpResponse<String> unknown = this.sara.postForm("/assemblies/" + assembly, unknownRules);
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).as("a rule set is chosen from those configured")
			.contains("aria-invalid=\"true\"", "Rule set for ordinary resolutions: ");

		Map<String, String> later = assemblyForm("gpsnr-ga", 45);
		later.put("title", title);
		later.put("place", "Jakarta");
		later.put("submissionDeadline", now.plusDays(8).toString());
		later.put("votingOpensAt", now.plusDays(25).toString());
		later.put("votingClosesAt", now.plusDays(35).toString());
		assertThat(this.sara.postForm("/assemblies/" + assembly, later).statusCode()).isEqualTo(302);
		Instant newDeadline = now.plusDays(8).toInstant(ZoneOffset.UTC);
		assertThat(this.assemblies.find(assembly).orElseThrow().submissionDeadline()).isEqualTo(newDeadline);
		assertThat(timer(id, GaResolutionProcess.SUBMISSION_DEADLINE_PASSED).getDuedate().toInstant())
			.as("the draft's deadline timer moved")
			.isEqualTo(newDeadline);
		assertThat(timer(published, GaResolutionProcess.VOTING_OPENS).getDuedate().toInstant())
			.as("the published resolution's vote opens later")
			.isEqualTo(now.plusDays(25).toInstant(ZoneOffset.UTC));
		MimeMessage moved = mail().to("mia@demo.gavel.invalid", "Rescheduled: " + title);
		assertThat(GreenMailUtil.getBody(moved)).contains("Place: Jakarta (was Singapore)",
				"Resolutions may be submitted until");
		assertThat(this.resolutions.events(id)).extracting((event) -> event.what().name())
			.contains("ASSEMBLY_RESCHEDULED");

		this.clock.advance(Duration.ofDays(6));
		run(id);
		assertThat(status(id)).as("past the old deadline, before the new").isEqualTo(ResolutionStatus.DRAFT);
		this.clock.advance(Duration.ofDays(3));
		run(id);
		assertThat(status(id)).as("past the new deadline").isEqualTo(ResolutionStatus.LATE);

		later.put("submissionDeadline", now.plusDays(12).toString());
		assertThat(this.sara.postForm("/assemblies/" + assembly, later).body())
			.contains("Submission deadline for resolutions: submissions closed at", "that deadline can no longer move");
		this.clock.advance(Duration.ofDays(17));
		assertThat(this.sara.get("/assemblies/" + assembly, "text/html").body()).doesNotContain("id=\"reschedule\"");
		later.put("submissionDeadline", now.plusDays(8).toString());
		assertThat(this.sara.postForm("/assemblies/" + assembly, later).body()).contains("voting opened at",
				"can no longer be moved");
	}

	@Test
	void theProposerInvitesMoreCoSponsorsAfterADecline() throws Exception {
		UUID assembly = schedule("gpsnr-ga");
		PortalClient ana = PortalClient.signedIn(this.port, "ana");
		UUID id = draft(ana, assembly, "Fund a smallholder helpdesk", "ordinary", "fiona");
		run(id);
		PortalClient fiona = PortalClient.signedIn(this.port, "fiona");
		assertThat(fiona.get("/resolutions/" + id, "text/html").body()).as("only the proposer invites")
			.doesNotContain("id=\"invite\"");
		assertThat(fiona
			.postForm("/resolutions/" + id + "/endorse", Map.of("endorsement", "decline", "statement", "Not our field"))
			.statusCode()).isEqualTo(302);
		assertThat(fiona.postForm("/resolutions/" + id + "/invitations", Map.of("coSponsors", "joost")).body())
			.contains("Only the proposer, ana, invites co-sponsors.");

		assertThat(ana.get("/resolutions/" + id, "text/html").body()).contains("id=\"invite\"");
		HttpResponse<String> again = ana.postForm("/resolutions/" + id + "/invitations",
				Map.of("coSponsors", "fiona, nobody"));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Invite more co-sponsors: fiona is already on the list",
				"value=\"fiona, nobody\"");
		assertThat(ana.postForm("/resolutions/" + id + "/invitations", Map.of("coSponsors", "nobody")).body())
			.contains("nobody is not in the directory");

		assertThat(ana.postForm("/resolutions/" + id + "/invitations", Map.of("coSponsors", "budi")).statusCode())
			.as("no invitation open: the collection starts anew")
			.isEqualTo(302);
		assertThat(ana.postForm("/resolutions/" + id + "/invitations", Map.of("coSponsors", "joost")).statusCode())
			.as("budi's invitation open: joost's joins it")
			.isEqualTo(302);
		run(id);
		assertThat(mail().to("budi@demo.gavel.invalid", "Invitation to co-sponsor").getSubject())
			.contains("Fund a smallholder helpdesk");
		assertThat(mail().to("joost@demo.gavel.invalid", "Invitation to co-sponsor").getSubject())
			.contains("Fund a smallholder helpdesk");
		assertThat(this.resolutions.events(id)).extracting((event) -> event.what().name())
			.containsSubsequence("DECLINED", "INVITED", "INVITED");
		for (String sponsor : List.of("budi", "joost")) {
			PortalClient member = PortalClient.signedIn(this.port, sponsor);
			assertThat(member.get("/resolutions/" + id, "text/html").body()).contains("id=\"task-endorse\"");
			assertThat(
					member.postForm("/resolutions/" + id + "/endorse", Map.of("endorsement", "endorse")).statusCode())
				.as(sponsor)
				.isEqualTo(302);
		}
		assertThat(ana.postForm("/resolutions/" + id + "/submit", Map.of("confirmed", "true")).statusCode())
			.isEqualTo(302);
		run(id);
		assertThat(status(id)).isEqualTo(ResolutionStatus.SUBMITTED);
		assertThat(ana.postForm("/resolutions/" + id + "/invitations", Map.of("coSponsors", "kofi")).body())
			.contains("This resolution is no longer collecting co-sponsors.");
	}

	@Test
	void aSubmissionAfterTheDeadlineIsRefusedAndTheDraftLapses() throws Exception {
		UUID assembly = schedule("gpsnr-ga");
		PortalClient kenji = PortalClient.signedIn(this.port, "kenji");
		UUID id = draft(kenji, assembly, "Shared Responsibility framework", "ordinary", "aisha, budi");
		run(id);
		this.clock.advance(Duration.ofDays(5).plusHours(1));
		kenji.get("/resolutions/" + id, "text/html");
		HttpResponse<String> late = kenji.postForm("/resolutions/" + id + "/submit", Map.of("confirmed", "true"));
		assertThat(late.body()).contains("Too late: the submission deadline");
		run(id);
		assertThat(status(id)).isEqualTo(ResolutionStatus.LATE);
		assertThat(GreenMailUtil.getBody(mail().to("kenji@demo.gavel.invalid", "Refused as late")))
			.contains("not submitted by the deadline");
		HttpResponse<String> tooLate = kenji.postForm("/assemblies/" + assembly + "/resolutions",
				Map.of("title", "Another idea", "type", "ordinary", "rationale", "A reason long enough to pass.",
						"operativeText", "The assembly resolves."));
		assertThat(tooLate.body()).contains("has passed");
	}

	@Test
	void aStatutoryResolutionWithoutQuorumIsNotAdopted() throws Exception {
		UUID assembly = schedule("rtrs-written-resolution");
		PortalClient megan = PortalClient.signedIn(this.port, "megan");
		UUID id = sponsored(megan, assembly, "Implementation guidance", "fiona", "kofi");
		review(id, Map.of("decision", "admit"));
		run(id);
		publish(assembly);
		this.clock.advance(Duration.ofDays(20).plusMinutes(1));
		run(id);
		UUID ballot = this.reading.resolution(id).orElseThrow().ballot().id();
		for (String voter : List.of("ana", "bao", "nils")) {
			vote(ballot, voter, Choice.FOR);
		}
		countAndSignOff(id, ballot);
		Resolution r = this.resolutions.find(id).orElseThrow();
		assertThat(r.outcome()).isEqualTo(BallotOutcome.NO_QUORUM);
		assertThat(r.status()).isEqualTo(ResolutionStatus.NOT_ADOPTED);
		assertThat(this.sara.get("/resolutions/" + id + "/certificate", "text/html").body())
			.contains("the rule set “RTRS written resolution”, version 1", "no quorum");
	}

	@Test
	void schedulingThatBreaksTheNoticePeriodIsRefused() {
		this.sara.get("/assemblies/new", "text/html");
		Map<String, String> form = assemblyForm("gpsnr-ga", 10);
		HttpResponse<String> refused = this.sara.postForm("/assemblies", form);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("breaks the statutory notice of 30 days", "value=\"Test assembly");
	}

	private UUID schedule(String statutoryRules) {
		this.sara.get("/assemblies/new", "text/html");
		HttpResponse<String> created = this.sara.postForm("/assemblies", assemblyForm(statutoryRules, 40));
		assertThat(created.statusCode()).as(PortalClient.detail(created)).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private Map<String, String> assemblyForm(String rules, int inDays) {
		LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Test assembly " + UUID.randomUUID().toString().substring(0, 8));
		form.put("place", "Singapore");
		form.put("timeZone", "UTC");
		form.put("startsAt", now.plusDays(inDays).toString());
		form.put("submissionDeadline", now.plusDays(5).toString());
		form.put("votingOpensAt", now.plusDays(20).toString());
		form.put("votingClosesAt", now.plusDays(30).toString());
		form.put("ordinaryRuleSet", rules);
		form.put("statutoryRuleSet", rules);
		return form;
	}

	private UUID draft(PortalClient proposer, UUID assembly, String title, String type, String coSponsors) {
		proposer.get("/assemblies/" + assembly + "/resolutions/new", "text/html");
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", title);
		form.put("type", type);
		form.put("rationale", "Smallholders are most of the platform's producers and few of its members.");
		form.put("operativeText", "The assembly resolves to open a smallholder membership class.");
		form.put("coSponsors", coSponsors);
		HttpResponse<String> created = proposer.postForm("/assemblies/" + assembly + "/resolutions", form);
		assertThat(created.statusCode()).as(PortalClient.detail(created)).isEqualTo(302);
		String location = created.headers().firstValue("Location").orElseThrow();
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	/** Drafted with two co-sponsors who endorse it, then submitted and acknowledged. */
	private UUID sponsored(PortalClient proposer, UUID assembly, String title, String first, String second) {
		UUID id = draft(proposer, assembly, title, "statutory", first + ", " + second);
		run(id);
		for (String member : List.of(first, second)) {
			PortalClient sponsor = PortalClient.signedIn(this.port, member);
			sponsor.get("/resolutions/" + id, "text/html");
			assertThat(
					sponsor.postForm("/resolutions/" + id + "/endorse", Map.of("endorsement", "endorse")).statusCode())
				.isEqualTo(302);
		}
		proposer.get("/resolutions/" + id, "text/html");
		assertThat(proposer.postForm("/resolutions/" + id + "/submit", Map.of("confirmed", "true")).statusCode())
			.isEqualTo(302);
		run(id);
		return id;
	}

	private HttpResponse<String> review(UUID id, Map<String, String> form) {
		this.sara.get("/resolutions/" + id, "text/html");
		return this.sara.postForm("/resolutions/" + id + "/review", form);
	}

	private void publish(UUID assembly) {
		this.sara.get("/assemblies/" + assembly, "text/html");
		assertThat(this.sara.postForm("/assemblies/" + assembly + "/booklet", Map.of()).body())
			.as("publishing asks for its confirmation first")
			.contains("Nothing was published: tick the box to confirm");
		HttpResponse<String> published = this.sara.postForm("/assemblies/" + assembly + "/booklet",
				Map.of("confirmed", "true"));
		assertThat(published.statusCode()).as(PortalClient.detail(published)).isEqualTo(302);
	}

	private void vote(UUID ballot, String voter, Choice choice) {
		assertThat(this.casting.cast(new CastingVote.CastVote(ballot, voter, choice, Channel.ONLINE, null, null)))
			.as(voter)
			.isInstanceOf(CastingVote.Outcome.Accepted.class);
	}

	private void countAndSignOff(UUID id, UUID ballot) {
		this.clock.advance(Duration.ofDays(10));
		run(id);
		assertThat(this.ballots.signOff(ballot, "scott", null)).isInstanceOf(Outcome.Accepted.class);
		assertThat(this.ballots.signOff(ballot, "sandra", null)).isInstanceOf(Outcome.Accepted.class);
		run(id);
	}

	private Job timer(UUID resolution, String event) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(GaResolutionProcess.KEY)
			.processInstanceBusinessKey(resolution.toString())
			.singleResult()
			.getId();
		return this.management.createJobQuery().processInstanceId(instance).activityId(event).singleResult();
	}

	private ResolutionStatus status(UUID id) {
		return this.resolutions.find(id).orElseThrow().status();
	}

	private void run(UUID id) {
		new ProcessJobs(this.runtime, this.management).run(GaResolutionProcess.KEY, id.toString());
	}

	private SentMail mail() {
		return new SentMail(this.delivery);
	}

}
