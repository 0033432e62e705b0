package org.gavel.grievances;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.SentMail;
import org.gavel.TestClock;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.attachments.Files;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.grievances.process.GrievanceProcess;
import org.gavel.membership.SignInThrottle;
import org.gavel.membership.TakingElectoralRoll;
import org.gavel.membership.model.Electorate;
import org.gavel.system.Outcome;
import org.gavel.system.mail.MailDelivery;
import org.gavel.voting.CastingVote;
import org.gavel.voting.model.Channel;
import org.gavel.voting.model.Choice;
import org.gavel.voting.process.BallotProcess;
import org.gavel.voting.process.BallotProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Grievances through the portal, on PostgreSQL with mail through GreenMail: an anonymous
 * visitor files with evidence and follows the case by number and token; the secretariat
 * takes it through acknowledgement, completeness and triage on the case desk; the
 * complainant completes and withdraws. Timers fire because the test moves the clock.
 */
@GavelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class GrievancesIT {

	static final Pattern NUMBER = Pattern.compile("Case <strong>(GR-\\d{4}-\\d{4})</strong>");

	static final Pattern TOKEN = Pattern.compile("class=\"token\">([A-Z0-9-]+)<");

	static final Pattern SUBMISSION_KEY = Pattern.compile("name=\"submissionKey\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	CastingVote casting;

	@Autowired
	BallotProcesses ballots;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MailDelivery delivery;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	HistoryService history;

	@Autowired
	TaskService tasks;

	@Autowired
	Grievances grievances;

	@Autowired
	GrievanceSettings settings;

	@Autowired
	ReadingApprovals approvals;

	@Autowired
	ApprovalProcesses approvalProcesses;

	@Autowired
	TakingElectoralRoll rolls;

	SentMail mail;

	@BeforeEach
	void clearTheMailbox() {
		this.mail = new SentMail(this.delivery);
		this.mail.clear();
	}

	@Autowired
	SignInThrottle throttle;

	@AfterEach
	void resetTheClockAndTheThrottle() {
		this.clock.reset();
		// the wrong tokens tried here count against this address, as wrong passwords do
		this.throttle.lift(null, "127.0.0.1", "GrievancesIT");
	}

	@Test
	void anAnonymousVisitorFilesWithEvidenceAndFollowsTheCaseWithItsToken(CapturedOutput output) {
		PortalClient visitor = new PortalClient(this.port);
		Filed filed = file(visitor, complaint("Siti Rahma", "siti@example.org"),
				List.of(Map.entry("evidence", Map.entry("clearing.pdf", Files.PDF))));

		assertThat(filed.page()).contains("Keep this token", "clearing.pdf", "SHA-256");
		assertThat(visitor.get("/grievances/filed", "text/html").body()).as("the token is shown once")
			.doesNotContain(filed.token());
		assertThat(this.jdbc.sql("select token_hash from gavel.grievance where case_sequence = ?")
			.param(sequence(filed.number()))
			.query(String.class)
			.single()).as("only a hash is kept").startsWith("$2").doesNotContain(filed.token());

		PortalClient later = new PortalClient(this.port);
		later.get("/grievances/follow-up", "text/html");
		HttpResponse<String> opened = later.postForm("/grievances/follow-up",
				Map.of("number", filed.number().toLowerCase(), "token", filed.token().toLowerCase().replace('-', ' ')));
		assertThat(location(opened)).isEqualTo("/grievances/case");
		String page = later.get("/grievances/case", "text/html").body();
		assertThat(page).contains("Case " + filed.number(), "received: awaiting acknowledgement", "clearing.pdf",
				"Alder Capital");

		MimeMessage received = this.mail.to("siti@example.org", "Grievance " + filed.number() + " received");
		assertThat(body(received)).doesNotContain(filed.token());
		List<String> toSecretariat = this.mail.recipientsOf("New grievance " + filed.number());
		assertThat(toSecretariat).isNotEmpty().doesNotContain("siti@example.org");
		for (MimeMessage message : this.mail.received()) {
			assertThat(body(message)).as("no mail carries the token").doesNotContain(filed.token());
			if (!SentMail.recipients(message).contains("siti@example.org")) {
				assertThat(body(message)).as("no mail to others names the complainant")
					.doesNotContain("Siti", "siti@example.org");
			}
		}
		assertThat(output.getAll()).as("no log line carries the token").doesNotContain(filed.token());
		assertThat(variablesOf(filed.number())).as("no process variable names the complainant")
			.noneMatch((value) -> value.contains("Siti") || value.contains("siti@"));
	}

	@Test
	void aFormSubmittedTwiceFilesOneCase() {
		PortalClient visitor = new PortalClient(this.port);
		String form = visitor.get("/grievances/new", "text/html").body();
		Matcher key = SUBMISSION_KEY.matcher(form);
		assertThat(key.find()).isTrue();
		Map<String, String> fields = new LinkedHashMap<>(complaint(null, null));
		fields.put("submissionKey", key.group(1));
		int before = count("select count(*) from gavel.grievance");

		HttpResponse<String> first = visitor.postMultipart("/grievances", fields, List.of());
		HttpResponse<String> second = visitor.postMultipart("/grievances", fields, List.of());

		assertThat(location(first)).isEqualTo("/grievances/filed");
		assertThat(location(second)).isEqualTo("/grievances/filed");
		assertThat(count("select count(*) from gavel.grievance")).isEqualTo(before + 1);
		assertThat(visitor.get("/grievances/filed", "text/html").body()).containsPattern(TOKEN);
	}

	@Test
	void badInputAndRobotsFileNothing() {
		int grievances = count("select count(*) from gavel.grievance");
		int files = count("select count(*) from gavel.attachment");

		Map<String, String> robot = new LinkedHashMap<>(complaint(null, null));
		robot.put("website", "http://spam.example");
		assertThat(submit(robot, List.of()).body()).contains("This form could not be accepted.");

		Map<String, String> missing = new LinkedHashMap<>(complaint(null, null));
		missing.remove("whatHappened");
		assertThat(submit(missing, List.of()).body()).contains("What happened?: is required");

		Map<String, String> unknown = new LinkedHashMap<>(complaint(null, null));
		unknown.put("respondent", "no-such-member");
		assertThat(submit(unknown, List.of()).body()).contains("Who is the complaint about?: must be one of");

		Map<String, String> badAddress = new LinkedHashMap<>(complaint("Ana", "not an address"));
		assertThat(submit(badAddress, List.of()).body()).contains("is not an e-mail address");

		HttpResponse<String> disguised = submit(complaint(null, null),
				List.of(Map.entry("evidence", Map.entry("photo.png", Files.PNG)),
						Map.entry("evidence", Map.entry("report.pdf", Files.NOISE))));
		assertThat(disguised.statusCode()).isEqualTo(200);
		assertThat(disguised.body()).contains("Nothing was filed",
				"&#39;report.pdf&#39; is named as .pdf but its content is not");

		Map<String, String> script = new LinkedHashMap<>(complaint(null, null));
		script.put("remedy", "<script>alert(1)</script>");
		script.put("website", "x");
		assertThat(submit(script, List.of()).body()).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");

		assertThat(count("select count(*) from gavel.grievance")).as("no case half-filed").isEqualTo(grievances);
		assertThat(count("select count(*) from gavel.attachment")).as("no file kept").isEqualTo(files);
	}

	@Test
	void aWrongTokenAnUnknownNumberAndAnotherCasesTokenFailAlikeAndRepeatedFailuresPause(CapturedOutput output) {
		Filed a = file(new PortalClient(this.port), complaint(null, null), List.of());
		Filed b = file(new PortalClient(this.port), complaint(null, null), List.of());

		PortalClient guesser = new PortalClient(this.port);
		guesser.get("/grievances/follow-up", "text/html");
		String wrong = open(guesser, a.number(), "AAAA-BBBB-CCCC-DDDD-EEEE");
		String otherCase = open(guesser, a.number(), b.token());
		String noCase = open(guesser, "GR-2099-9999", a.token());

		assertThat(wrong).contains("This case number and token do not match.");
		assertThat(alert(otherCase)).isEqualTo(alert(wrong));
		assertThat(alert(noCase)).isEqualTo(alert(wrong));
		assertThat(location(guesser.get("/grievances/case", "text/html"))).isEqualTo("/grievances/follow-up");

		for (int i = 0; i < 5; i++) {
			open(guesser, a.number(), "WRONG-" + i);
		}
		assertThat(open(guesser, a.number(), a.token())).as("even the right token waits")
			.contains("Too many wrong tokens: try again in");
		this.clock.advance(Duration.ofMinutes(6));
		open(guesser, a.number(), a.token());
		assertThat(guesser.get("/grievances/case", "text/html").body()).contains("Case " + a.number());

		assertThat(output.getAll()).contains("GRIEVANCE-006").doesNotContain(a.token(), b.token());
	}

	@Test
	void theSecretariatTakesACaseThroughCompletenessAndTriageAndTheComplainantIsTold() {
		PortalClient complainant = new PortalClient(this.port);
		Filed filed = file(complainant, complaint("Siti Rahma", "siti@example.org"), List.of());
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + filed.number();

		assertThat(sara.get("/grievances/desk", "text/html").body()).contains(filed.number(), "10");
		assertThat(sara.get(desk, "text/html").body()).contains("Siti Rahma", "siti@example.org", "confidential",
				"Acknowledge the grievance");
		assertThat(complainant.get("/grievances/case/acknowledgement", "text/html").statusCode())
			.as("no letter before the acknowledgement")
			.isEqualTo(404);
		step(sara, desk, GrievanceProcess.ACKNOWLEDGE, Map.of("note", "We will reply within 20 working days."));
		assertThat(body(this.mail.to("siti@example.org", "Grievance " + filed.number() + " acknowledged")))
			.contains("We will reply within 20 working days.");
		assertThat(complainant.get("/grievances/case/acknowledgement", "text/html").body()).contains(
				"Acknowledgement of grievance " + filed.number(), "Dear Siti Rahma",
				"We will reply within 20 working days.",
				"confidential: known only to the secretariat and the complaints panel");
		HttpResponse<String> pdf = complainant.get("/grievances/case/acknowledgement.pdf", "application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.body()).startsWith("%PDF-");
		assertThat(sara.get(desk + "/acknowledgement", "text/html").body()).contains("Dear Siti Rahma");
		assertThat(PortalClient.signedIn(this.port, "olivia").get(desk + "/acknowledgement", "text/html").statusCode())
			.isEqualTo(403);
		assertThat(new PortalClient(this.port).get("/grievances/case/acknowledgement", "text/html").statusCode())
			.as("another session")
			.isEqualTo(404);

		HttpResponse<String> noReason = step(sara, desk, GrievanceProcess.CHECK_COMPLETENESS,
				Map.of("completeness", "incomplete"));
		assertThat(noReason.body()).contains("What is missing: is required");
		step(sara, desk, GrievanceProcess.CHECK_COMPLETENESS,
				Map.of("completeness", "incomplete", "missing", "Where exactly is the village?"));
		assertThat(body(this.mail.to("siti@example.org", "Grievance " + filed.number() + ": more information")))
			.contains("Where exactly is the village?");

		String page = complainant.get("/grievances/case", "text/html").body();
		assertThat(page).contains("The secretariat needs more information", "Where exactly is the village?");
		HttpResponse<String> completed = complainant.postMultipart("/grievances/case/complete",
				Map.of("answer", "Sungai Baru, Riau province."),
				List.of(Map.entry("evidence", Map.entry("map.png", Files.PNG))));
		assertThat(location(completed)).isEqualTo("/grievances/case");
		assertThat(sara.get(desk, "text/html").body()).contains("Sungai Baru, Riau province.", "map.png",
				"Check the grievance is complete");

		step(sara, desk, GrievanceProcess.CHECK_COMPLETENESS, Map.of("completeness", "complete"));
		assertThat(sara.get(desk, "text/html").body()).contains("triage table",
				"Communities or the environment are affected");
		assertThat(step(sara, desk, GrievanceProcess.REVIEW_TRIAGE,
				Map.of("decision", "override", "admissibility", "admissible", "risk", "low"))
			.body()).contains("is required to override the triage");
		HttpResponse<String> confirmed = step(sara, desk, GrievanceProcess.REVIEW_TRIAGE,
				Map.of("decision", "confirm"));

		assertThat(confirmed.statusCode()).isEqualTo(302);
		assertThat(stage(filed.number())).isEqualTo("PANEL");
		assertThat(complainant.get("/grievances/case", "text/html").body()).contains("with the complaints panel")
			.doesNotContain("triage table");
		assertThat(this.tasks.createTaskQuery().processInstanceBusinessKey(filed.number()).singleResult().getName())
			.as("the case waits for its panel")
			.isEqualTo("Form the complaints panel (" + filed.number() + ")");
		assertThat(variablesOf(filed.number())).noneMatch((value) -> value.contains("Siti"));
	}

	@Test
	void aLowRiskGrievanceResolvedBilaterallyClosesWithItsOutcomeOnTheRegister() {
		Map<String, String> fields = new LinkedHashMap<>(complaint("Budi Santoso", "budi.s@example.org"));
		fields.put("affected", "workers");
		fields.put("category", "labour");
		fields.put("respondent", "lanna-crumb");
		fields.put("exhaustionTried", "yes");
		PortalClient complainant = new PortalClient(this.port);
		Filed filed = file(complainant, fields, List.of());
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + filed.number();
		step(sara, desk, GrievanceProcess.ACKNOWLEDGE, Map.of());
		step(sara, desk, GrievanceProcess.CHECK_COMPLETENESS, Map.of("completeness", "complete"));
		step(sara, desk, GrievanceProcess.REVIEW_TRIAGE, Map.of("decision", "confirm"));

		assertThat(stage(filed.number())).isEqualTo("BILATERAL");
		assertThat(this.mail.recipientsOf("Grievance " + filed.number() + " about your organisation"))
			.as("the respondent's designated voter is told")
			.isNotEmpty()
			.doesNotContain("budi.s@example.org");
		assertThat(complainant.get("/grievances/case", "text/html").body()).contains("Engagement until");
		assertThat(step(sara, desk, GrievanceProcess.MONITOR_ENGAGEMENT, Map.of("engagement", "resolved")).body())
			.contains("is required when the engagement resolved the grievance");
		step(sara, desk, GrievanceProcess.MONITOR_ENGAGEMENT,
				Map.of("engagement", "resolved", "outcome", "Wages paid in arrears; a monthly pay date agreed."));

		assertThat(stage(filed.number())).isEqualTo("CLOSED");
		assertThat(new PortalClient(this.port).get("/grievances/register?respondent=lanna-crumb", "text/html").body())
			.contains(filed.number(), "Wages paid in arrears; a monthly pay date agreed.")
			.doesNotContain("Budi");
		assertThat(body(this.mail.to("budi.s@example.org", "Grievance " + filed.number() + " resolved")))
			.contains("Wages paid in arrears");
		for (MimeMessage message : this.mail.received()) {
			if (!SentMail.recipients(message).contains("budi.s@example.org")) {
				assertThat(body(message)).doesNotContain("Budi", "budi.s@example.org");
			}
		}
	}

	@Test
	void anEngagementNotResolvedByItsDeadlineGoesToThePanel() {
		Map<String, String> fields = new LinkedHashMap<>(complaint(null, null));
		fields.put("affected", "workers");
		fields.put("category", "labour");
		fields.put("exhaustionTried", "yes");
		Filed filed = file(new PortalClient(this.port), fields, List.of());
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + filed.number();
		step(sara, desk, GrievanceProcess.ACKNOWLEDGE, Map.of());
		step(sara, desk, GrievanceProcess.CHECK_COMPLETENESS, Map.of("completeness", "complete"));
		step(sara, desk, GrievanceProcess.REVIEW_TRIAGE, Map.of("decision", "confirm"));
		ProcessJobs jobs = new ProcessJobs(this.runtime, this.management);

		this.clock.advance(Duration.ofDays(25));
		jobs.run(GrievanceProcess.KEY, filed.number());
		assertThat(stage(filed.number())).isEqualTo("BILATERAL");
		this.clock.advance(Duration.ofDays(25));
		jobs.run(GrievanceProcess.KEY, filed.number());

		assertThat(stage(filed.number())).isEqualTo("PANEL");
		assertThat(this.mail.recipientsOf("Grievance " + filed.number() + ": how is it going?")).isNotEmpty();
		assertThat(this.mail.recipientsOf("To the panel: grievance " + filed.number())).isNotEmpty();
	}

	@Test
	void anUnacknowledgedGrievanceRemindsThenAlertsTheSecretariat() {
		Filed filed = file(new PortalClient(this.port), complaint(null, null), List.of());
		ProcessJobs jobs = new ProcessJobs(this.runtime, this.management);

		this.clock.advance(Duration.ofDays(20));
		assertThat(jobs.run(GrievanceProcess.KEY, filed.number())).as("two timers and their two steps").isEqualTo(4);

		assertThat(this.mail.recipientsOf("Reminder: acknowledge grievance " + filed.number())).isNotEmpty();
		assertThat(this.mail.recipientsOf("Overdue: acknowledge grievance " + filed.number())).isNotEmpty();
		assertThat(PortalClient.signedIn(this.port, "sara").get("/grievances/desk", "text/html").body())
			.contains("overdue");
	}

	@Test
	void theComplainantWithdrawsAndNothingMoreCanBeDone() {
		PortalClient complainant = new PortalClient(this.port);
		Filed filed = file(complainant, complaint(null, null), List.of());

		assertThat(complainant.postForm("/grievances/case/withdraw", Map.of("reason", "settled")).body())
			.contains("Tick the box to confirm");
		assertThat(complainant.postForm("/grievances/case/withdraw", Map.of("reason", "settled", "confirm", "true"))
			.statusCode()).isEqualTo(302);

		assertThat(stage(filed.number())).isEqualTo("WITHDRAWN");
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(filed.number()).count())
			.isZero();
		assertThat(complainant
			.postMultipart("/grievances/case/evidence", Map.of(),
					List.of(Map.entry("evidence", Map.entry("late.pdf", Files.PDF))))
			.body()).contains("is withdrawn; nothing more can be done");
	}

	@Test
	void onlyTheSecretariatOpensTheCaseDeskAndNoOneElseTheEvidence() {
		Filed filed = file(new PortalClient(this.port), complaint("Siti Rahma", null),
				List.of(Map.entry("evidence", Map.entry("clearing.pdf", Files.PDF))));
		String desk = "/grievances/desk/" + filed.number();
		String file = evidenceOf(filed.number());

		assertThat(new PortalClient(this.port).get(desk, "text/html").statusCode()).isEqualTo(302);
		for (String member : List.of("olivia", "kofi", "gita", "alex")) {
			PortalClient other = PortalClient.signedIn(this.port, member);
			assertThat(other.get(desk, "text/html").statusCode()).as(member).isEqualTo(403);
			assertThat(location(other.get("/grievances/case", "text/html"))).as(member)
				.isEqualTo("/grievances/follow-up");
			assertThat(other.get("/attachments/" + file, "*/*").statusCode()).as(member).isEqualTo(404);
		}
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		assertThat(sara.get(desk, "text/html").body()).contains("Siti Rahma");
		assertThat(sara.get("/attachments/" + file, "*/*").statusCode()).isEqualTo(200);
	}

	@Test
	void thePublicRegisterListsTheCasesAndNeverAComplainant() {
		Filed named = file(new PortalClient(this.port), complaint("Siti Rahma", "siti@example.org"), List.of());
		Map<String, String> other = new LinkedHashMap<>(complaint("Budi Santoso", null));
		other.put("respondent", "lanna-crumb");
		other.put("category", "labour");
		Filed labour = file(new PortalClient(this.port), other, List.of());
		PortalClient anyone = new PortalClient(this.port);

		String register = anyone.get("/grievances/register", "text/html").body();
		assertThat(register)
			.contains(named.number(), labour.number(), "Alder Capital", "Lanna Crumb Rubber",
					"Labour rights and working conditions", "received: awaiting acknowledgement")
			.doesNotContain("Siti", "siti@example.org", "Budi Santoso", "Our village");
		String filtered = anyone.get("/grievances/register?respondent=lanna-crumb&stage=RECEIVED", "text/html").body();
		assertThat(filtered).contains(labour.number()).doesNotContain(named.number());
		assertThat(anyone.get("/grievances/register?respondent=%3Cscript%3E&year=abc", "text/html").statusCode())
			.as("an unknown filter shows everything")
			.isEqualTo(200);

		String metrics = PortalClient.signedIn(this.port, "sara").get("/actuator/prometheus", "text/plain").body();
		assertThat(metrics).containsPattern("gavel_grievances_cases\\{[^}]*stage=\"received\"[^}]*\\} [1-9]")
			.contains("gavel_grievances_acknowledgements_overdue");
	}

	@Test
	void aHighRiskGrievanceGoesThroughItsPanelToCorrectiveActionsOnTheRegister() {
		PortalClient complainant = new PortalClient(this.port);
		Filed filed = file(complainant, complaint("Siti Rahma", "siti@example.org"),
				List.of(Map.entry("evidence", Map.entry("clearing.pdf", Files.PDF))));
		String n = filed.number();
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		triageConfirmed(sara, desk);
		assertThat(stage(n)).isEqualTo("PANEL");
		assertThat(sara.get(desk, "text/html").body()).contains("being formed", "gabriel", "hana",
				"Form the complaints panel");

		PortalClient gabriel = PortalClient.signedIn(this.port, "gabriel");
		String panelCase = "/grievances/panel/" + n;
		assertThat(gabriel.get(panelCase, "text/html").body()).contains("Declare a conflict", "Alder Capital")
			.doesNotContain("Siti", "siti@example.org", "Our village", "clearing.pdf");
		assertThat(alert(gabriel.postForm(panelCase + "/conflict", Map.of("reason", " ")).body()))
			.contains("reason: is required");
		assertThat(gabriel.postForm(panelCase + "/conflict", Map.of("reason", "I advised Alder Capital in 2025"))
			.statusCode()).isEqualTo(302);

		assertThat(step(sara, desk, GrievanceProcess.FORM_PANEL,
				Map.of("panelMembers", "gita, gabriel", "externalExpert", "Dr Ines Moreau"))
			.body()).contains("gabriel declared a conflict: I advised Alder Capital in 2025");
		assertThat(step(sara, desk, GrievanceProcess.FORM_PANEL,
				Map.of("panelMembers", "gita, kofi", "externalExpert", "Dr Ines Moreau"))
			.body()).contains("kofi is not a member of the grievance panel");
		assertThat(step(sara, desk, GrievanceProcess.FORM_PANEL,
				Map.of("panelMembers", "gita", "externalExpert", "Dr Ines Moreau"))
			.body()).contains("needs at least 2 members of the grievance panel");
		assertThat(this.jdbc
			.sql("select count(*) from gavel.grievance_panel_member m join gavel.grievance g "
					+ "on m.grievance_id = g.id where g.case_sequence = ? and g.case_year = ?")
			.params(sequence(n), Integer.parseInt(n.substring(3, 7)))
			.query(Integer.class)
			.single()).as("nothing written").isZero();
		step(sara, desk, GrievanceProcess.FORM_PANEL,
				Map.of("panelMembers", "gita, hana", "externalExpert", "Dr Ines Moreau, land-rights lawyer"));
		assertThat(this.mail.recipientsOf("Complaints panel: grievance " + n))
			.containsExactlyInAnyOrder("gita@demo.gavel.invalid", "hana@demo.gavel.invalid");
		assertThat(this.mail.recipientsOf("Grievance " + n + ": your reply is due by")).isNotEmpty()
			.allSatisfy((to) -> assertThat(to).isEqualTo("olivia@demo.gavel.invalid"));
		assertThat(gabriel.get(panelCase, "text/html").statusCode()).as("not seated, panel formed").isEqualTo(404);

		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		String respond = "/grievances/respond/" + n;
		assertThat(olivia.get("/grievances/respond", "text/html").body()).contains(n);
		assertThat(olivia.get(respond, "text/html").body())
			.contains("land was cleared in March", "not disclosed", "Reply by", "Send the reply")
			.doesNotContain("Siti", "siti@example.org", "reprisals", "clearing.pdf");
		String evidence = evidenceOf(n);
		assertThat(olivia.get("/attachments/" + evidence, "*/*").statusCode()).isEqualTo(404);
		for (String other : List.of("ana", "gita", "alex")) {
			assertThat(PortalClient.signedIn(this.port, other).get(respond, "text/html").statusCode()).as(other)
				.isEqualTo(404);
		}
		assertThat(PortalClient.signedIn(this.port, "olivia").get(panelCase, "text/html").statusCode()).isEqualTo(403);
		assertThat(olivia.postForm(respond + "/reply", Map.of("reply", "")).body()).contains("Nothing was sent");
		assertThat(olivia.postForm(respond + "/reply", Map.of("reply", "<b>We</b> deny it; the land was ours."))
			.statusCode()).isEqualTo(302);
		assertThat(this.mail.recipientsOf("Reply received: grievance " + n))
			.containsExactlyInAnyOrder("gita@demo.gavel.invalid", "hana@demo.gavel.invalid");

		PortalClient gita = PortalClient.signedIn(this.port, "gita");
		assertThat(gita.get("/grievances/panel", "text/html").body()).contains(n, "to decide");
		assertThat(gita.get(panelCase, "text/html").body())
			.contains("Siti Rahma", "&lt;b&gt;We&lt;/b&gt; deny it", "Record the decision", "Dr Ines Moreau")
			.doesNotContain("<b>We</b>");
		assertThat(gita.get("/attachments/" + evidence, "*/*").statusCode()).isEqualTo(200);
		assertThat(gita
			.postForm(panelCase + "/decision", Map.of("consensus", "consensus", "finding", "upheld", "summary",
					"Cleared.", "correctiveActions", "2020-01-31 Too late"))
			.body()).contains("not after today");
		assertThat(gita
			.postForm(panelCase + "/decision",
					Map.of("consensus", "consensus", "finding", "upheld", "summary",
							"The clearing breached the no-deforestation commitment.", "correctiveActions",
							"2099-01-31 Return the cleared land\n2099-06-30 Restore 40 ha with native species"))
			.statusCode()).isEqualTo(302);

		assertThat(stage(n)).isEqualTo("DECIDED");
		assertThat(new PortalClient(this.port).get("/grievances/register", "text/html").body())
			.contains(n, "The clearing breached the no-deforestation commitment.", "Return the cleared land",
					"2099-06-30", "open to appeal")
			.doesNotContain("Siti");
		assertThat(olivia.get(respond, "text/html").body()).contains("upheld", "Restore 40 ha with native species");
		assertThat(olivia.get(respond + "/decision", "text/html").body())
			.contains("To the representatives of Alder Capital", "not disclosed", "Return the cleared land")
			.doesNotContain("Siti");
		HttpResponse<String> pdf = olivia.get(respond + "/decision.pdf", "application/pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/pdf"));
		assertThat(complainant.get("/grievances/case", "text/html").body()).contains("read its decision");
		assertThat(complainant.get("/grievances/case/decision", "text/html").body()).contains("Dear Siti Rahma",
				"the grievance is upheld", "Return the cleared land");
		assertThat(new PortalClient(this.port).get("/grievances/case/decision", "text/html").statusCode())
			.as("no case opened in this session")
			.isEqualTo(404);
		assertThat(gabriel.get(respond + "/decision", "text/html").statusCode()).isEqualTo(404);
		assertThat(sara.get(desk + "/decision", "text/html").body()).contains("Dear Siti Rahma");
		assertThat(body(this.mail.to("siti@example.org", "Grievance " + n + ": the panel's decision")))
			.contains("upheld", "Return the cleared land");
		for (MimeMessage message : this.mail.received()) {
			if (!SentMail.recipients(message).contains("siti@example.org")) {
				assertThat(body(message)).doesNotContain("Siti", "siti@example.org");
			}
		}
		assertThat(variablesOf(n)).noneMatch((value) -> value.contains("Siti") || value.contains("siti@"));

		// nobody appeals: once the window closes the actions are monitored until each is
		// done
		assertThat(complainant.get("/grievances/case", "text/html").body()).contains("Appeal the decision",
				"Corrective actions");
		new ProcessJobs(this.runtime, this.management).run(GrievanceProcess.KEY, n);
		assertThat(stage(n)).as("the window is still open").isEqualTo("DECIDED");
		this.clock.advance(Duration.ofDays(40));
		new ProcessJobs(this.runtime, this.management).run(GrievanceProcess.KEY, n);
		assertThat(stage(n)).isEqualTo("MONITORING");
		assertThat(alert(complainant.postForm("/grievances/case/appeal", Map.of("grounds", "Too late?")).body()))
			.contains("The appeal window of case " + n + " closed on", "the decision is final");
		assertThat(appealsOf(n, "")).as("nothing written").isZero();
		assertThat(step(sara, desk, GrievanceProcess.MONITOR_ACTIONS, Map.of()).body())
			.contains("2 of the 2 corrective actions of case " + n + " are not found completed yet");
		assertThat(alert(sara.postForm(desk + "/actions/1", Map.of("note", " ")).body())).contains("note: is required");
		assertThat(alert(sara.postForm(desk + "/actions/9", Map.of("note", "Seen.")).body()))
			.contains("has no corrective action 9");
		assertThat(sara.postForm(desk + "/actions/1", Map.of("note", "<b>Title</b> deed returned, seen on site"))
			.statusCode()).isEqualTo(302);
		assertThat(alert(sara.postForm(desk + "/actions/1", Map.of("note", "Again.")).body()))
			.contains("was found completed already");
		assertThat(sara.get(desk, "text/html").body()).contains("&lt;b&gt;Title&lt;/b&gt; deed returned")
			.doesNotContain("<b>Title</b>");
		assertThat(PortalClient.signedIn(this.port, "olivia")
			.postForm(desk + "/actions/2", Map.of("note", "Done"))
			.statusCode()).as("only the secretariat records completion").isEqualTo(403);
		assertThat(step(sara, desk, GrievanceProcess.MONITOR_ACTIONS, Map.of()).body())
			.contains("1 of the 2 corrective actions");
		assertThat(sara.postForm(desk + "/actions/2", Map.of("note", "40 ha replanted, survey report")).statusCode())
			.isEqualTo(302);
		assertThat(step(sara, desk, GrievanceProcess.MONITOR_ACTIONS, Map.of("note", "All verified.")).statusCode())
			.isEqualTo(302);
		assertThat(stage(n)).isEqualTo("CLOSED");
		assertThat(new PortalClient(this.port).get("/grievances/register", "text/html").body()).contains(n,
				"Restore 40 ha with native species <span class=\"tag ok\">completed</span>");
		assertThat(this.mail.recipientsOf("Grievance " + n + " is closed")).contains("siti@example.org",
				"olivia@demo.gavel.invalid");
	}

	@ParameterizedTest(name = "the appeal panel {0} the decision")
	@ValueSource(strings = { "confirmed", "overturned" })
	void anAppealIsHeardByAPanelWithNoneOfTheFirstAndItsDecisionIsFinal(String result) {
		PortalClient complainant = new PortalClient(this.port);
		String n = replied(complainant);
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		String respond = "/grievances/respond/" + n;
		String panelCase = "/grievances/panel/" + n;
		PortalClient gita = PortalClient.signedIn(this.port, "gita");
		gita.get(panelCase, "text/html");
		assertThat(gita
			.postForm(panelCase + "/decision", Map.of("consensus", "consensus", "finding", "upheld", "summary",
					"The clearing breached the commitment.", "correctiveActions", "2099-01-31 Return the cleared land"))
			.statusCode()).isEqualTo(302);
		assertThat(complainant.get("/grievances/case", "text/html").body()).doesNotContain("Withdraw the grievance");

		olivia.get(respond, "text/html");
		assertThat(olivia.postForm(respond + "/appeal", Map.of("grounds", " ")).body()).contains("is required");
		assertThat(olivia.postForm(respond + "/appeal", Map.of("grounds", "<i>The panel</i> ignored our survey."))
			.statusCode()).isEqualTo(302);
		assertThat(stage(n)).isEqualTo("APPEAL");
		assertThat(alert(complainant.postForm("/grievances/case/appeal", Map.of("grounds", "Me too.")).body()))
			.contains("was appealed already, by the respondent");
		assertThat(this.mail.recipientsOf("Appeal: grievance " + n)).contains("sara@demo.gavel.invalid");
		assertThat(this.mail.recipientsOf("Grievance " + n + ": the decision is appealed"))
			.containsExactly("siti@example.org");
		assertThat(complainant.get("/grievances/case", "text/html").body()).contains("Appealed by", "the respondent")
			.doesNotContain("ignored our survey");
		assertThat(sara.get(desk, "text/html").body()).contains("&lt;i&gt;The panel&lt;/i&gt; ignored our survey",
				"Form the appeal panel");

		assertThat(step(sara, desk, GrievanceProcess.FORM_APPEAL_PANEL,
				Map.of("panelMembers", "gita, hana", "externalExpert", "Prof. Ana Lima"))
			.body()).contains("gita sat on the case", "first panel");
		assertThat(step(sara, desk, GrievanceProcess.FORM_APPEAL_PANEL,
				Map.of("panelMembers", "hana, imani", "externalExpert", "Prof. Ana Lima"))
			.statusCode()).isEqualTo(302);
		assertThat(this.mail.recipientsOf("Appeal panel: grievance " + n))
			.containsExactlyInAnyOrder("hana@demo.gavel.invalid", "imani@demo.gavel.invalid");
		assertThat(gita.get(panelCase, "text/html").body()).contains("Appeal panel", "hana, imani")
			.doesNotContain("Decide the appeal");
		assertThat(
				gita.postForm(panelCase + "/appeal-decision", Map.of("result", "confirmed", "reasons", "Mine.")).body())
			.contains("Nothing of case " + n + " waits for your decision.");
		PortalClient hana = PortalClient.signedIn(this.port, "hana");
		assertThat(hana.get(panelCase, "text/html").body()).contains("Decide the appeal", "Siti Rahma",
				"&lt;i&gt;The panel&lt;/i&gt; ignored our survey");
		assertThat(
				hana.postForm(panelCase + "/appeal-decision", Map.of("result", "overturned", "reasons", "Why.")).body())
			.contains("Nothing was recorded");
		assertThat(appealsOf(n, "and a.result is not null")).as("nothing written").isZero();

		Map<String, String> decision = result.equals("confirmed")
				? Map.of("result", "confirmed", "reasons", "The clearing is shown by the satellite images.")
				: Map.of("result", "overturned", "reasons", "The survey shows the land was leased.", "finding",
						"not-upheld", "summary", "No breach: the land was leased to the member.");
		assertThat(hana.postForm(panelCase + "/appeal-decision", decision).statusCode()).isEqualTo(302);
		new ProcessJobs(this.runtime, this.management).run(GrievanceProcess.KEY, n);

		String register = registerRow(n);
		if (result.equals("confirmed")) {
			assertThat(stage(n)).isEqualTo("MONITORING");
			assertThat(register).contains("The clearing breached the commitment.", "Return the cleared land");
		}
		else {
			assertThat(stage(n)).isEqualTo("CLOSED");
			assertThat(register).contains("No breach: the land was leased to the member.")
				.doesNotContain("Return the cleared land");
		}
		assertThat(this.mail.recipientsOf("Grievance " + n + ": the appeal panel's decision"))
			.contains("siti@example.org", "olivia@demo.gavel.invalid");
		assertThat(complainant.get("/grievances/case/decision", "text/html").body()).contains("Dear Siti Rahma",
				"The appeal panel, none of whose members sat on the complaints panel, " + result);
		assertThat(olivia.get(respond, "text/html").body()).contains("decision " + result).doesNotContain("Siti");
		for (MimeMessage message : this.mail.received()) {
			if (!SentMail.recipients(message).contains("siti@example.org")) {
				assertThat(body(message)).doesNotContain("Siti", "siti@example.org");
			}
		}
	}

	@Test
	void aPanelWithoutConsensusVotesOnItsDecisionAndDecidesAgainWhenItIsNotAdopted() {
		String n = replied(new PortalClient(this.port));
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		String panelCase = "/grievances/panel/" + n;
		PortalClient gita = PortalClient.signedIn(this.port, "gita");
		gita.get(panelCase, "text/html");
		Map<String, String> proposal = Map.of("consensus", "vote", "finding", "upheld", "summary",
				"The clearing breached the commitment.", "correctiveActions", "2099-01-31 Return the cleared land");

		assertThat(gita.postForm(panelCase + "/decision", proposal).statusCode()).isEqualTo(302);
		UUID first = panelBallot(n);
		assertThat(stage(n)).isEqualTo("PANEL");
		assertThat(gita.get(panelCase, "text/html").body())
			.contains("proposed, put to the vote", "is put to the panel's vote")
			.doesNotContain("Record the decision");
		assertThat(gita.get("/ballots", "text/html").body()).contains(first.toString(),
				"Complaints panel vote on the decision of grievance " + n);
		assertThat(gita.get("/ballots/" + first, "text/html").statusCode()).isEqualTo(200);
		assertThat(PortalClient.signedIn(this.port, "hana").get("/ballots/" + first, "text/html").statusCode())
			.as("a panel member not on this panel's roll")
			.isEqualTo(403);
		assertThat(olivia.get("/ballots/" + first, "text/html").statusCode())
			.as("a member, the respondent's representative: a panel's vote is its own")
			.isEqualTo(403);
		assertThat(olivia.get("/ballots", "text/html").body()).doesNotContain(first.toString());
		assertThat(olivia.get("/grievances/respond/" + n, "text/html").body())
			.as("a decision proposed to the vote is not the panel's yet")
			.doesNotContain("The clearing breached the commitment.", "The panel's decision");
		assertThat(vote(first, "gita", Choice.FOR)).isInstanceOf(CastingVote.Outcome.Accepted.class);
		assertThat(vote(first, "hana", Choice.FOR)).as("not on this panel's roll")
			.isNotInstanceOf(CastingVote.Outcome.Accepted.class);
		vote(first, "gabriel", Choice.AGAINST);
		countAndSignOff(n, first);

		assertThat(stage(n)).isEqualTo("PANEL");
		assertThat(this.mail.recipientsOf("Decide again: grievance " + n))
			.containsExactlyInAnyOrder("gita@demo.gavel.invalid", "gabriel@demo.gavel.invalid");
		assertThat(count("select count(*) from gavel.grievance_corrective_action a join gavel.grievance g "
				+ "on a.grievance_id = g.id where g.case_sequence = " + sequence(n) + " and g.case_year = "
				+ n.substring(3, 7)))
			.as("the proposal not adopted is cleared")
			.isZero();
		assertThat(gita.get(panelCase, "text/html").body()).contains("Record the decision");

		proposedAndVoted(gita, n, proposal, Choice.AGAINST);
		assertThat(this.mail.recipientsOf("Decide again: grievance " + n)).as("told again after each failed vote")
			.hasSize(4);
		proposedAndVoted(gita, n, proposal, Choice.FOR);

		assertThat(stage(n)).isEqualTo("DECIDED");
		assertThat(registerRow(n)).contains("The clearing breached the commitment.", "Return the cleared land");
		assertThat(sara.get(desk, "text/html").body()).contains("decision put to vote", "vote adopted",
				"vote not adopted");
		assertThat(olivia.get("/grievances/respond/" + n, "text/html").body()).doesNotContain("vote not adopted");
	}

	/**
	 * A confidential complainant's high-risk case about Alder Capital, its panel (gita,
	 * gabriel) formed and the respondent's reply in: the panel decides next.
	 */
	private String replied(PortalClient complainant) {
		String n = filed(complainant);
		panelFormed(PortalClient.signedIn(this.port, "sara"), "/grievances/desk/" + n, "gita, gabriel");
		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		olivia.get("/grievances/respond/" + n, "text/html");
		assertThat(olivia.postForm("/grievances/respond/" + n + "/reply", Map.of("reply", "We deny it.")).statusCode())
			.isEqualTo(302);
		return n;
	}

	/** The panel proposes a decision again; gita votes for it, gabriel as given. */
	private void proposedAndVoted(PortalClient gita, String n, Map<String, String> proposal, Choice gabriel) {
		String panelCase = "/grievances/panel/" + n;
		gita.get(panelCase, "text/html");
		assertThat(gita.postForm(panelCase + "/decision", proposal).statusCode()).isEqualTo(302);
		UUID ballot = panelBallot(n);
		vote(ballot, "gita", Choice.FOR);
		vote(ballot, "gabriel", gabriel);
		countAndSignOff(n, ballot);
	}

	/** The ballot the panel's vote on a case runs in. */
	private UUID panelBallot(String number) {
		String grievance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.processDefinitionKey(GrievanceProcess.KEY)
			.singleResult()
			.getId();
		String ballot = this.runtime.createProcessInstanceQuery()
			.superProcessInstanceId(grievance)
			.singleResult()
			.getId();
		return BallotProcess.BALLOT_ID.from(this.runtime.getVariables(ballot));
	}

	private CastingVote.Outcome vote(UUID ballot, String voter, Choice choice) {
		return this.casting.cast(new CastingVote.CastVote(ballot, voter, choice, Channel.ONLINE, null, null));
	}

	private void countAndSignOff(String number, UUID ballot) {
		this.clock.advance(Duration.ofDays(5).plusMinutes(1));
		assertThat(this.ballots.closeNow(ballot, "sara")).isEqualTo(Outcome.done());
		assertThat(this.ballots.signOff(ballot, "scott", null)).isInstanceOf(Outcome.Accepted.class);
		assertThat(this.ballots.signOff(ballot, "sandra", null)).isInstanceOf(Outcome.Accepted.class);
		new ProcessJobs(this.runtime, this.management).run(GrievanceProcess.KEY, number);
	}

	@Test
	void aSuspensionGoesToTheEcOnceFinalKeepsTheRespondentOffTheNextRollAndIsLiftedWithAReason() {
		PortalClient complainant = new PortalClient(this.port);
		String n = replied(complainant);
		String panelCase = "/grievances/panel/" + n;
		PortalClient gita = PortalClient.signedIn(this.port, "gita");
		gita.get(panelCase, "text/html");
		assertThat(gita
			.postForm(panelCase + "/decision", Map.of("consensus", "consensus", "finding", "not-upheld", "summary",
					"No breach.", "sanction", "suspension"))
			.body()).contains("a grievance not upheld calls for no sanction");
		assertThat(count(
				"select count(*) from gavel.grievance where finding is not null and case_sequence = " + sequence(n)))
			.as("nothing written")
			.isZero();
		assertThat(gita
			.postForm(panelCase + "/decision",
					Map.of("consensus", "consensus", "finding", "upheld", "summary",
							"The clearing breached the no-deforestation commitment.", "sanction", "suspension"))
			.statusCode()).isEqualTo(302);
		assertThat(body(this.mail.to("olivia@demo.gavel.invalid", "Grievance " + n + ": the panel's decision")))
			.contains("Sanction: suspension of membership, proposed to the Executive Committee");
		assertThat(registerRow(n)).contains("Sanction: suspension of membership, for the Executive Committee");

		// nobody appeals: once final, the EC decides the suspension
		this.clock.advance(Duration.ofDays(40));
		new ProcessJobs(this.runtime, this.management).run(GrievanceProcess.KEY, n);
		assertThat(stage(n)).isEqualTo("SANCTION");
		UUID approval = this.approvals.bySubject("grievance:" + n).get(0).id();
		new ProcessJobs(this.runtime, this.management).run(EcApprovalProcess.KEY, approval.toString());
		String title = "Suspension of membership of Alder Capital (grievance " + n + ")";
		assertThat(PortalClient.signedIn(this.port, "kofi").get("/approvals/" + approval, "text/html").body())
			.contains(title, "href=\"/grievances/register#" + n + "\"")
			.doesNotContain("Siti");
		PortalClient mia = PortalClient.signedIn(this.port, "mia");
		assertThat(mia.get("/approvals/" + approval, "text/html").statusCode()).isEqualTo(403);
		assertThat(body(this.mail.to("kofi@demo.gavel.invalid", "For EC review: " + title))).doesNotContain("Siti",
				"siti@example.org");

		for (String seat : List.of("ana", "bao", "nils", "kenji", "megan", "luca", "fiona", "joost", "aisha", "budi",
				"somchai", "kofi")) {
			assertThat(this.approvalProcesses.complete(approval, EcApprovalProcess.REVIEW_ITEM, seat,
					Map.of("response", "no-objection")))
				.isEqualTo(Outcome.done());
		}
		new ProcessJobs(this.runtime, this.management).run(EcApprovalProcess.KEY, approval.toString());
		new ProcessJobs(this.runtime, this.management).run(GrievanceProcess.KEY, n);
		// the rolls below are taken now: a roll taken in the moved clock's future would
		// be
		// every later roll's previous one
		this.clock.reset();
		try {
			assertThat(stage(n)).isEqualTo("CLOSED");
			assertThat(registerRow(n))
				.contains("Sanction: suspension of membership, approved by the Executive Committee");
			assertThat(mia.get("/approvals/" + approval, "text/html").statusCode())
				.as("a decided sanction stays with the EC")
				.isEqualTo(403);
			assertThat(this.mail.recipientsOf("EC decision: " + title + " — approved"))
				.contains("sara@demo.gavel.invalid", "gita@demo.gavel.invalid", "kofi@demo.gavel.invalid")
				.doesNotContain("mia@demo.gavel.invalid", "olivia@demo.gavel.invalid");
			assertThat(this.mail.recipientsOf("Grievance " + n + ": the Executive Committee's ruling on the sanction"))
				.contains("siti@example.org", "olivia@demo.gavel.invalid", "sara@demo.gavel.invalid");
			assertThat(rollNotes()).contains("Alder Capital: membership suspended (" + n + ")");
			assertThat(PortalClient.signedIn(this.port, "olivia")
				.get("/grievances/respond/" + n + "/decision", "text/html")
				.body()).contains("suspension of membership, approved by the Executive Committee");

			PortalClient sara = PortalClient.signedIn(this.port, "sara");
			String desk = "/grievances/desk/" + n;
			assertThat(sara.get("/grievances/desk", "text/html").body()).contains(n,
					"<td data-label=\"Next deadline\"><span class=\"meta\">none</span></td>");
			assertThat(sara.get(desk, "text/html").body()).contains("Lift the suspension");
			assertThat(alert(sara.postForm(desk + "/lift-suspension", Map.of("reason", " ")).body()))
				.contains("reason: is required");
			assertThat(rollNotes()).as("nothing lifted").contains("Alder Capital: membership suspended (" + n + ")");
			assertThat(sara.postForm(desk + "/lift-suspension", Map.of("reason", "The land is restored.")).statusCode())
				.isEqualTo(302);
			assertThat(rollNotes()).noneMatch((note) -> note.startsWith("Alder Capital"));
			assertThat(registerRow(n)).contains("Sanction: suspension of membership, approved by the Executive "
					+ "Committee, since lifted by the secretariat");
			assertThat(sara.get(desk, "text/html").body()).doesNotContain("Lift the suspension")
				.contains("The land is restored.");
			assertThat(alert(sara.postForm(desk + "/lift-suspension", Map.of("reason", "Again.")).body()))
				.contains("No suspension of membership from case " + n + " is in force");
			assertThat(this.mail.recipientsOf("Grievance " + n + ": the suspension of membership is lifted"))
				.contains("siti@example.org", "olivia@demo.gavel.invalid");
		}
		finally {
			this.jdbc.sql("delete from gavel.membership_sanction where reference = ?").param(n).update();
		}
	}

	/** The notes of a General Assembly roll taken now: who has no vote, and why. */
	private List<String> rollNotes() {
		return this.rolls.take(new TakingElectoralRoll.TakeElectoralRoll(Electorate.GENERAL_ASSEMBLY, null, "sara"))
			.orElseThrow()
			.roll()
			.notes()
			.stream()
			.map((note) -> note.subject() + ": " + note.note())
			.toList();
	}

	@Test
	void aSilentRespondentIsRemindedGivenASecondNoticeAndThePanelIsAlerted() {
		Map<String, String> fields = new LinkedHashMap<>(complaint(null, null));
		fields.put("respondent", "lanna-crumb");
		Filed filed = file(new PortalClient(this.port), fields, List.of());
		String n = filed.number();
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		triageConfirmed(sara, desk);
		step(sara, desk, GrievanceProcess.FORM_PANEL,
				Map.of("panelMembers", "gita, gabriel", "externalExpert", "Dr Moreau"));
		ProcessJobs jobs = new ProcessJobs(this.runtime, this.management);

		this.clock.advance(Duration.ofDays(25));
		jobs.run(GrievanceProcess.KEY, n);
		assertThat(this.mail.recipientsOf("Reminder: grievance " + n + ", your reply is due by")).isNotEmpty();
		this.clock.advance(Duration.ofDays(5));
		jobs.run(GrievanceProcess.KEY, n);
		assertThat(this.mail.recipientsOf("Second notice: grievance " + n + ", reply by")).isNotEmpty();
		assertThat(sara.get("/grievances/desk", "text/html").body()).contains(n);
		this.clock.advance(Duration.ofDays(10));
		jobs.run(GrievanceProcess.KEY, n);

		assertThat(this.mail.recipientsOf("No reply: grievance " + n)).contains("gita@demo.gavel.invalid",
				"gabriel@demo.gavel.invalid", "sara@demo.gavel.invalid");
		PortalClient lek = PortalClient.signedIn(this.port, "lek");
		assertThat(lek.get("/grievances/respond/" + n, "text/html").body()).doesNotContain("Send the reply");
		assertThat(alert(lek.postForm("/grievances/respond/" + n + "/reply", Map.of("reply", "Late")).body()))
			.contains("is closed");
		assertThat(PortalClient.signedIn(this.port, "gita").get("/grievances/panel/" + n, "text/html").body())
			.contains("No reply from the respondent yet.", "Record the decision");
		Instant decideBy = this.jdbc
			.sql("select decide_by from gavel.grievance where case_year = ? and case_sequence = ?")
			.params(Integer.parseInt(n.substring(3, 7)), sequence(n))
			.query(Timestamp.class)
			.single()
			.toInstant();
		assertThat(this.grievances.breachedDeadlines(decideBy.plusSeconds(1), ZoneOffset.UTC)
				- this.grievances.breachedDeadlines(decideBy.minusSeconds(1), ZoneOffset.UTC))
			.as("the decision's deadline passing breaches this case")
			.isOne();
		assertThat(sara.get("/actuator/prometheus", "text/plain").body())
			.containsPattern("gavel_grievances_deadlines_breached(\\{[^}]*\\})? [0-9]");
	}

	@Test
	void aPanelMemberRecordsAnInterimMeasureEveryPartyIsToldOfAndLiftsItWithAReason() {
		PortalClient complainant = new PortalClient(this.port);
		String n = filed(complainant);
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		panelFormed(sara, desk);
		PortalClient gita = PortalClient.signedIn(this.port, "gita");
		String panelCase = "/grievances/panel/" + n;
		gita.get(panelCase, "text/html");
		int measures = count("select count(*) from gavel.grievance_interim_measure");

		HttpResponse<String> empty = gita.postForm(panelCase + "/measures",
				Map.of("measure", " ", "effectiveUntil", "2020-01-31"));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Nothing was recorded", "href=\"#measure-measure\"",
				"What the measure is: is required", "Until: is in the past (2020-01-31)", "aria-invalid=\"true\"");
		assertThat(gita
			.postForm(panelCase + "/measures",
					Map.of("measure", "Halt it", "effectiveFrom", "2099-02-01", "effectiveUntil", "2099-01-31"))
			.body()).contains("is before the measure takes effect");
		assertThat(gita.postForm(panelCase + "/measures", Map.of("measure", "Halt it", "_csrf", "forged")).statusCode())
			.as("no CSRF token, no measure")
			.isEqualTo(403);
		assertThat(withToken("gabriel", "/grievances/panel")
			.postForm(panelCase + "/measures", Map.of("measure", "Halt it"))
			.statusCode()).as("not on its panel").isEqualTo(404);
		assertThat(withToken("olivia", "/grievances/respond")
			.postForm(panelCase + "/measures", Map.of("measure", "Halt it"))
			.statusCode()).as("not of the grievance panel").isEqualTo(403);
		assertThat(count("select count(*) from gavel.grievance_interim_measure")).as("nothing written")
			.isEqualTo(measures);

		String until = LocalDate.now(this.clock).plusDays(60).toString();
		HttpResponse<String> recorded = gita.postForm(panelCase + "/measures", Map.of("measure",
				"<b>Alder Capital</b> is suspended from the traceability working group.", "effectiveUntil", until));
		assertThat(location(recorded)).isEqualTo(panelCase + "#investigation");

		String shown = "&lt;b&gt;Alder Capital&lt;/b&gt; is suspended from the traceability working group.";
		assertThat(this.mail.recipientsOf("Grievance " + n + ": interim measure")).contains("siti@example.org",
				"olivia@demo.gavel.invalid", "sara@demo.gavel.invalid");
		for (MimeMessage message : this.mail.received()) {
			assertThat(body(message)).doesNotContain("<b>Alder");
		}
		assertThat(body(this.mail.to("olivia@demo.gavel.invalid", "Grievance " + n + ": interim measure")))
			.contains(shown, until)
			.doesNotContain("Siti", "siti@example.org");
		assertThat(gita.get(panelCase, "text/html").body()).contains(shown, "in force", "Lift this measure");
		assertThat(sara.get(desk, "text/html").body()).contains(shown, "interim measure recorded");
		assertThat(PortalClient.signedIn(this.port, "olivia").get("/grievances/respond/" + n, "text/html").body())
			.contains("Interim measures", shown)
			.doesNotContain("<b>Alder", "gita,");
		assertThat(complainant.get("/grievances/case", "text/html").body()).contains("Interim measures", shown,
				"interim measure recorded");

		String measure = this.jdbc
			.sql("select m.id from gavel.grievance_interim_measure m join gavel.grievance g on m.grievance_id = g.id"
					+ " where g.case_year = ? and g.case_sequence = ?")
			.params(Integer.parseInt(n.substring(3, 7)), sequence(n))
			.query(String.class)
			.single();
		assertThat(gita.postForm(panelCase + "/measures/" + measure + "/lift", Map.of("reason", "")).body())
			.contains("Why it is lifted: is required");
		assertThat(location(gita.postForm(panelCase + "/measures/" + measure + "/lift",
				Map.of("reason", "Alder Capital agreed to a moratorium on clearing."))))
			.isEqualTo(panelCase + "#investigation");
		assertThat(body(this.mail.to("siti@example.org", "Grievance " + n + ": interim measure lifted")))
			.contains("Alder Capital agreed to a moratorium on clearing.");
		assertThat(complainant.get("/grievances/case", "text/html").body()).contains("lifted",
				"Alder Capital agreed to a moratorium on clearing.");
		assertThat(gita.postForm(panelCase + "/measures/" + measure + "/lift", Map.of("reason", "Again")).body())
			.contains("This interim measure was lifted already.");
	}

	@Test
	void internalNotesReachNeitherPartyNorTheRegisterNorAnyLetterMailOrVariable() {
		PortalClient complainant = new PortalClient(this.port);
		String n = filed(complainant);
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		panelFormed(sara, desk);
		PortalClient gita = PortalClient.signedIn(this.port, "gita");
		String panelCase = "/grievances/panel/" + n;
		gita.get(panelCase, "text/html");

		assertThat(gita.postForm(panelCase + "/notes", Map.of("note", "  ")).body()).contains("Note: is required");
		assertThat(location(sara.postForm(desk + "/notes", Map.of("note", "NOTE-SECRET-1: <i>call</i> the village."))))
			.isEqualTo(desk + "#investigation");
		assertThat(location(gita.postForm(panelCase + "/notes",
				Map.of("note", "NOTE-SECRET-2: the titles look genuine to Dr Moreau."))))
			.isEqualTo(panelCase + "#investigation");
		assertThat(withToken("gabriel", "/grievances/panel")
			.postForm(panelCase + "/notes", Map.of("note", "NOTE-SECRET-3"))
			.statusCode()).isEqualTo(404);
		assertThat(withToken("olivia", "/grievances/respond").postForm(desk + "/notes", Map.of("note", "NOTE-SECRET-3"))
			.statusCode()).isEqualTo(403);

		assertThat(sara.get(desk, "text/html").body()).contains("NOTE-SECRET-1: &lt;i&gt;call&lt;/i&gt;",
				"NOTE-SECRET-2", "gita");
		assertThat(PortalClient.signedIn(this.port, "hana").get(panelCase, "text/html").body())
			.contains("NOTE-SECRET-1", "NOTE-SECRET-2");

		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		String respond = "/grievances/respond/" + n;
		olivia.get(respond, "text/html");
		olivia.postForm(respond + "/reply", Map.of("reply", "We deny it."));
		gita.get(panelCase, "text/html");
		assertThat(gita
			.postForm(panelCase + "/decision", Map.of("consensus", "consensus", "finding", "not-upheld", "summary",
					"No breach was found.", "correctiveActions", ""))
			.statusCode()).isEqualTo(302);

		List<String> received = new ArrayList<>();
		received.add(complainant.get("/grievances/case", "text/html").body());
		received.add(complainant.get("/grievances/case/decision", "text/html").body());
		received.add(complainant.get("/grievances/case/acknowledgement", "text/html").body());
		received.add(olivia.get(respond, "text/html").body());
		received.add(olivia.get(respond + "/decision", "text/html").body());
		received.add(olivia.get("/grievances/respond", "text/html").body());
		received.add(new PortalClient(this.port).get("/grievances/register", "text/html").body());
		for (MimeMessage message : this.mail.received()) {
			received.add(body(message));
		}
		assertThat(received).as("what the parties and the public receive")
			.allSatisfy((text) -> assertThat(text).doesNotContain("NOTE-SECRET", "titles look genuine"));
		assertThat(received.get(3)).doesNotContain("Siti", "siti@example.org");
		assertThat(variablesOf(n)).noneMatch((value) -> value.contains("NOTE-SECRET"));
	}

	@Test
	void aQuestionToTheComplainantStopsTheClockAndItsAnswerMovesTheDecisionDeadlineAndItsTimer() {
		PortalClient complainant = new PortalClient(this.port);
		String n = filed(complainant);
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		panelFormed(sara, desk);
		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		olivia.get("/grievances/respond/" + n, "text/html");
		olivia.postForm("/grievances/respond/" + n + "/reply", Map.of("reply", "We deny it."));
		Instant due = decideBy(n);
		assertThat(timer(n).getDuedate().toInstant()).isEqualTo(due);
		PortalClient gita = PortalClient.signedIn(this.port, "gita");
		String panelCase = "/grievances/panel/" + n;
		gita.get(panelCase, "text/html");

		assertThat(gita.postForm(panelCase + "/requests", Map.of("party", "complainant", "question", "", "days", "0"))
			.body()).contains("Question: is required", "cannot be due today or in the past");
		assertThat(location(gita.postForm(panelCase + "/requests",
				Map.of("party", "complainant", "question", "Where <em>exactly</em> is the village?", "days", "10"))))
			.isEqualTo(panelCase + "#investigation");
		Instant asked = this.clock.instant();
		assertThat(gita
			.postForm(panelCase + "/requests",
					Map.of("party", "complainant", "question", "And its name?", "days", "10"))
			.body()).contains("a question to the complainant is open already");
		assertThat(body(this.mail.to("siti@example.org", "Grievance " + n + ": a question from the complaints panel")))
			.contains("Where &lt;em&gt;exactly&lt;/em&gt; is the village?");

		assertThat(sara.get("/grievances/desk", "text/html").body())
			.contains("clock stopped: waiting for the complainant");
		assertThat(this.grievances.breachedDeadlines(due.plusSeconds(1), ZoneOffset.UTC)
				- this.grievances.breachedDeadlines(due.minusSeconds(1), ZoneOffset.UTC))
			.as("its deadline passing breaches nothing while the complainant is waited for")
			.isZero();
		assertThat(timer(n).isSuspended()).as("no overdue alert while the clock stands still").isTrue();

		this.clock.advance(Duration.ofDays(4));
		String page = complainant.get("/grievances/case", "text/html").body();
		assertThat(page).contains("Questions from the complaints panel",
				"Where &lt;em&gt;exactly&lt;/em&gt; is the village?", "Send the answer");
		String request = requestOf(n, "COMPLAINANT");
		assertThat(complainant
			.postMultipart("/grievances/case/answer", Map.of("request", request, "answer", " "), List.of())
			.body()).contains("Your answer: is required");
		HttpResponse<String> answered = complainant.postMultipart("/grievances/case/answer",
				Map.of("request", request, "answer", "Sungai Baru, Riau province."),
				List.of(Map.entry("evidence", Map.entry("map.png", Files.PNG))));
		assertThat(location(answered)).isEqualTo("/grievances/case#questions");
		assertThat(complainant
			.postMultipart("/grievances/case/answer", Map.of("request", request, "answer", "Twice"), List.of())
			.body()).contains("This question was answered already.");

		int days = this.settings.calendar().workingDaysBetween(asked, this.clock.instant());
		Instant moved = this.settings.calendar().extend(due, days);
		assertThat(days).as("four days hold two working days at least").isGreaterThanOrEqualTo(2);
		assertThat(decideBy(n)).isEqualTo(moved).isAfter(due);
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(n)
			.singleResult()
			.getId();
		assertThat(GrievanceProcess.DECIDE_BY.optional(this.runtime, instance)).contains(moved);
		assertThat(this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getDueDate().toInstant())
			.isEqualTo(moved);
		assertThat(timer(n).getDuedate().toInstant()).isEqualTo(moved);
		assertThat(timer(n).isSuspended()).isFalse();

		assertThat(this.mail.recipientsOf("Answer received: grievance " + n)).contains("gita@demo.gavel.invalid",
				"hana@demo.gavel.invalid", "sara@demo.gavel.invalid");
		assertThat(body(this.mail.to("gita@demo.gavel.invalid", "Answer received: grievance " + n)))
			.doesNotContain("Sungai Baru", "Siti");
		assertThat(gita.get(panelCase, "text/html").body()).contains("Sungai Baru, Riau province.", "map.png",
				"information given");
		assertThat(sara.get("/grievances/desk", "text/html").body())
			.doesNotContain("clock stopped: waiting for the complainant");
		assertThat(olivia.get("/grievances/respond/" + n, "text/html").body()).as("not the respondent's question")
			.doesNotContain("Where &lt;em&gt;exactly", "Sungai Baru");
	}

	@Test
	void aQuestionToTheComplainantAskedBeforeTheReplyHoldsTheDecisionTimerFromTheStart() {
		PortalClient complainant = new PortalClient(this.port);
		String n = filed(complainant);
		panelFormed(PortalClient.signedIn(this.port, "sara"), "/grievances/desk/" + n);
		PortalClient gita = PortalClient.signedIn(this.port, "gita");
		String panelCase = "/grievances/panel/" + n;
		gita.get(panelCase, "text/html");
		assertThat(location(gita.postForm(panelCase + "/requests",
				Map.of("party", "complainant", "question", "Who farmed the land?", "days", "10"))))
			.isEqualTo(panelCase + "#investigation");
		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		olivia.get("/grievances/respond/" + n, "text/html");
		olivia.postForm("/grievances/respond/" + n + "/reply", Map.of("reply", "We deny it."));
		Instant replied = this.clock.instant();
		Instant due = decideBy(n);

		assertThat(timer(n).isSuspended()).as("the decision's clock starts stopped").isTrue();
		this.clock.advance(Duration.ofDays(7));
		complainant.postMultipart("/grievances/case/answer",
				Map.of("request", requestOf(n, "COMPLAINANT"), "answer", "Our families, since 1960."), List.of());

		Instant moved = this.settings.calendar()
			.extend(due, this.settings.calendar().workingDaysBetween(replied, this.clock.instant()));
		assertThat(decideBy(n)).isEqualTo(moved).isAfter(due);
		assertThat(timer(n).isSuspended()).isFalse();
		assertThat(timer(n).getDuedate().toInstant()).isEqualTo(moved);
	}

	@Test
	void aQuestionToTheRespondentIsAnsweredOnItsReplyPageAndAQuestionCanBeWithdrawn() {
		PortalClient complainant = new PortalClient(this.port);
		String n = filed(complainant);
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		panelFormed(sara, desk);
		sara.get(desk, "text/html");
		assertThat(location(sara.postForm(desk + "/requests",
				Map.of("party", "respondent", "question", "When did the clearing start?", "days", "5"))))
			.isEqualTo(desk + "#investigation");
		assertThat(this.mail.recipientsOf("Grievance " + n + ": a question from the complaints panel"))
			.containsExactly("olivia@demo.gavel.invalid");

		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		String respond = "/grievances/respond/" + n;
		assertThat(olivia.get(respond, "text/html").body()).contains("When did the clearing start?", "Send the answer");
		String request = requestOf(n, "RESPONDENT");
		assertThat(olivia.postForm(respond + "/answer", Map.of("request", request, "answer", "")).body())
			.contains("Your answer: is required");
		assertThat(withToken("ana", "/grievances/respond")
			.postForm(respond + "/answer", Map.of("request", request, "answer", "Never"))
			.statusCode()).as("not its representative").isEqualTo(404);
		assertThat(location(olivia.postForm(respond + "/answer",
				Map.of("request", request, "answer", "In <b>January</b> 2026, with a permit."))))
			.isEqualTo(respond + "#questions");
		assertThat(this.mail.recipientsOf("Answer received: grievance " + n)).contains("gita@demo.gavel.invalid",
				"sara@demo.gavel.invalid");
		assertThat(sara.get(desk, "text/html").body()).contains("In &lt;b&gt;January&lt;/b&gt; 2026, with a permit.");
		assertThat(complainant.get("/grievances/case", "text/html").body()).as("not the complainant's question")
			.doesNotContain("When did the clearing start?", "with a permit");

		sara.postForm(desk + "/requests",
				Map.of("party", "complainant", "question", "Who owns the land?", "days", "5"));
		String open = requestOf(n, "COMPLAINANT");
		assertThat(location(sara.postForm(desk + "/requests/" + open + "/withdraw", Map.of())))
			.isEqualTo(desk + "#investigation");
		assertThat(this.mail.recipientsOf("Grievance " + n + ": question withdrawn")).contains("siti@example.org");
		assertThat(complainant.get("/grievances/case", "text/html").body())
			.contains("Who owns the land?", "no answer is needed")
			.doesNotContain("Send the answer");

		complainant.postForm("/grievances/case/withdraw", Map.of("confirm", "true"));
		int questions = count("select count(*) from gavel.grievance_information_request");
		assertThat(sara
			.postForm(desk + "/requests", Map.of("party", "respondent", "question", "Anything else?", "days", "5"))
			.body()).as("an ended case").contains("Case " + n + " is withdrawn.");
		assertThat(count("select count(*) from gavel.grievance_information_request")).isEqualTo(questions);
	}

	@Test
	void theRespondentIsServedOnlyTheEvidenceSharedWithItAndARedactedCopyInsteadOfItsOriginal() {
		String n = file(new PortalClient(this.port), complaint("Siti Rahma", "siti@example.org"),
				List.of(Map.entry("evidence", Map.entry("clearing.pdf", Files.PDF)),
						Map.entry("evidence", Map.entry("photo.png", Files.PNG))))
			.number();
		String other = file(new PortalClient(this.port), complaint(null, null),
				List.of(Map.entry("evidence", Map.entry("elsewhere.pdf", Files.PDF))))
			.number();
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String desk = "/grievances/desk/" + n;
		panelFormed(sara, desk);
		String clearing = attachment(n, "clearing.pdf");
		String photo = attachment(n, "photo.png");
		PortalClient olivia = PortalClient.signedIn(this.port, "olivia");
		String respond = "/grievances/respond/" + n;

		assertThat(sara.get(desk, "text/html").body()).contains("withheld from the respondent", "(by default)");
		assertThat(olivia.get(respond, "text/html").body()).contains("None shared with you")
			.doesNotContain("clearing.pdf", "photo.png");
		assertThat(olivia.get(respond + "/evidence/" + clearing, "*/*").statusCode()).as("withheld").isEqualTo(404);

		assertThat(location(sara.postMultipart(desk + "/evidence/" + photo, Map.of("sharing", "shared"), List.of())))
			.isEqualTo(desk + "#investigation");
		HttpResponse<String> redactedOnly = sara.postMultipart(desk + "/evidence/" + clearing,
				Map.of("sharing", "redacted"), List.of());
		assertThat(redactedOnly.body()).contains("Redacted copy: upload the redacted copy");
		assertThat(sara
			.postMultipart(desk + "/evidence/" + clearing, Map.of("sharing", "redacted"),
					List.of(Map.entry("copy", Map.entry("clearing-redacted.pdf", Files.PDF))))
			.body()).contains("is the original file itself: nothing was redacted");
		assertThat(sara
			.postMultipart(desk + "/evidence/" + clearing, Map.of("sharing", "redacted"),
					List.of(Map.entry("copy", Map.entry("clearing-redacted.pdf", Files.NOISE))))
			.body()).contains("named as .pdf but its content is not");
		assertThat(count("select count(*) from gavel.attachment a join gavel.grievance g "
				+ "on a.owner_id = cast(g.id as varchar) where g.case_sequence = " + sequence(n) + " and g.case_year = "
				+ n.substring(3, 7)))
			.as("no refused copy kept")
			.isEqualTo(2);
		byte[] copy = (new String(Files.PDF, StandardCharsets.US_ASCII) + "% names blacked out\n")
			.getBytes(StandardCharsets.US_ASCII);
		assertThat(location(sara.postMultipart(desk + "/evidence/" + clearing, Map.of("sharing", "redacted"),
				List.of(Map.entry("copy", Map.entry("clearing-redacted.pdf", copy))))))
			.isEqualTo(desk + "#investigation");

		String page = olivia.get(respond, "text/html").body();
		assertThat(page).contains("clearing-redacted.pdf", "photo.png", respond + "/evidence/" + clearing)
			.doesNotContain(">clearing.pdf<", "/attachments/");
		HttpResponse<String> served = olivia.get(respond + "/evidence/" + clearing, "*/*");
		assertThat(served.statusCode()).isEqualTo(200);
		assertThat(served.body()).contains("names blacked out");
		assertThat(served.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				(disposition) -> assertThat(disposition).startsWith("attachment").contains("clearing-redacted.pdf"));
		assertThat(olivia.get(respond + "/evidence/" + photo, "*/*").statusCode()).isEqualTo(200);
		String copyId = attachment(n, "clearing-redacted.pdf");
		for (String id : List.of(clearing, copyId)) {
			assertThat(olivia.get("/attachments/" + id, "*/*").statusCode()).as("never through /attachments")
				.isEqualTo(404);
		}
		assertThat(olivia.get(respond + "/evidence/" + copyId, "*/*").statusCode()).as("a copy is no item")
			.isEqualTo(404);
		assertThat(olivia.get(respond + "/evidence/" + attachment(other, "elsewhere.pdf"), "*/*").statusCode())
			.as("another case's evidence")
			.isEqualTo(404);
		assertThat(olivia.get(respond + "/evidence/" + UUID.randomUUID(), "*/*").statusCode()).isEqualTo(404);
		for (String stranger : List.of("ana", "gita", "alex")) {
			assertThat(
					PortalClient.signedIn(this.port, stranger).get(respond + "/evidence/" + photo, "*/*").statusCode())
				.as(stranger)
				.isEqualTo(404);
		}
		assertThat(new PortalClient(this.port).get(respond + "/evidence/" + photo, "text/html").statusCode())
			.isEqualTo(302);
		assertThat(PortalClient.signedIn(this.port, "gita").get("/attachments/" + copyId, "*/*").statusCode())
			.as("the panel reads the copy")
			.isEqualTo(200);
		assertThat(withToken("olivia", "/grievances/respond")
			.postMultipart(desk + "/evidence/" + photo, Map.of("sharing", "shared"), List.of())
			.statusCode()).isEqualTo(403);

		sara.postMultipart(desk + "/evidence/" + clearing, Map.of("sharing", "withheld"), List.of());
		assertThat(olivia.get(respond + "/evidence/" + clearing, "*/*").statusCode()).isEqualTo(404);
		assertThat(sara.get(desk, "text/html").body()).contains("evidence sharing decided");
	}

	/**
	 * The secretariat acknowledges the case, finds it complete and confirms the triage.
	 */
	private static void triageConfirmed(PortalClient sara, String desk) {
		step(sara, desk, GrievanceProcess.ACKNOWLEDGE, Map.of());
		step(sara, desk, GrievanceProcess.CHECK_COMPLETENESS, Map.of("completeness", "complete"));
		step(sara, desk, GrievanceProcess.REVIEW_TRIAGE, Map.of("decision", "confirm"));
	}

	/** Someone signed in, with a form's token from a page they may read. */
	private PortalClient withToken(String username, String page) {
		PortalClient client = PortalClient.signedIn(this.port, username);
		assertThat(client.get(page, "text/html").statusCode()).isEqualTo(200);
		return client;
	}

	/**
	 * The case goes to its complaints panel, gita and hana, and the respondent is asked.
	 */
	private static void panelFormed(PortalClient sara, String desk) {
		panelFormed(sara, desk, "gita, hana");
	}

	private static void panelFormed(PortalClient sara, String desk, String members) {
		triageConfirmed(sara, desk);
		step(sara, desk, GrievanceProcess.FORM_PANEL,
				Map.of("panelMembers", members, "externalExpert", "Dr Ines Moreau"));
	}

	/** A confidential complainant's high-risk case about Alder Capital, just filed. */
	private String filed(PortalClient complainant) {
		return file(complainant, complaint("Siti Rahma", "siti@example.org"), List.of()).number();
	}

	private Instant decideBy(String number) {
		return this.jdbc.sql("select decide_by from gavel.grievance where case_year = ? and case_sequence = ?")
			.params(Integer.parseInt(number.substring(3, 7)), sequence(number))
			.query(Timestamp.class)
			.single()
			.toInstant();
	}

	/** The timer of the decision's deadline. */
	private Job timer(String number) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.singleResult()
			.getId();
		return this.management.createJobQuery()
			.processInstanceId(instance)
			.activityId(GrievanceProcess.DECISION_OVERDUE)
			.singleResult();
	}

	/** The open question of a case to a party. */
	private String requestOf(String number, String party) {
		return this.jdbc
			.sql("select r.id from gavel.grievance_information_request r join gavel.grievance g "
					+ "on r.grievance_id = g.id where g.case_year = ? and g.case_sequence = ? and r.party = ? "
					+ "and r.answered_at is null and r.withdrawn_at is null")
			.params(Integer.parseInt(number.substring(3, 7)), sequence(number), party)
			.query(String.class)
			.single();
	}

	private String attachment(String number, String fileName) {
		return this.jdbc
			.sql("select a.id from gavel.attachment a join gavel.grievance g on a.owner_id = cast(g.id as varchar) "
					+ "where g.case_year = ? and g.case_sequence = ? and a.file_name = ?")
			.params(Integer.parseInt(number.substring(3, 7)), sequence(number), fileName)
			.query(String.class)
			.single();
	}

	private String evidenceOf(String number) {
		return this.jdbc
			.sql("select a.id from gavel.attachment a join gavel.grievance g "
					+ "on a.owner_id = cast(g.id as varchar) where g.case_sequence = ? and g.case_year = ?")
			.params(sequence(number), Integer.parseInt(number.substring(3, 7)))
			.query(String.class)
			.single();
	}

	private Filed file(PortalClient visitor, Map<String, String> fields,
			List<Map.Entry<String, Map.Entry<String, byte[]>>> files) {
		String form = visitor.get("/grievances/new", "text/html").body();
		Matcher key = SUBMISSION_KEY.matcher(form);
		assertThat(key.find()).isTrue();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("submissionKey", key.group(1));
		HttpResponse<String> filed = visitor.postMultipart("/grievances", all, files);
		assertThat(location(filed)).as(filed.body()).isEqualTo("/grievances/filed");
		String page = visitor.get("/grievances/filed", "text/html").body();
		Matcher number = NUMBER.matcher(page);
		Matcher token = TOKEN.matcher(page);
		assertThat(number.find() && token.find()).as(page).isTrue();
		return new Filed(number.group(1), token.group(1), page);
	}

	private HttpResponse<String> submit(Map<String, String> fields,
			List<Map.Entry<String, Map.Entry<String, byte[]>>> files) {
		PortalClient visitor = new PortalClient(this.port);
		visitor.get("/grievances/new", "text/html");
		return visitor.postMultipart("/grievances", fields, files);
	}

	private static String location(HttpResponse<String> response) {
		return response.headers()
			.firstValue("Location")
			.map((url) -> url.replaceFirst("^https?://[^/]+", ""))
			.orElse("");
	}

	private static String open(PortalClient visitor, String number, String token) {
		return visitor.postForm("/grievances/follow-up", Map.of("number", number, "token", token)).body();
	}

	private static String alert(String page) {
		Matcher alert = Pattern.compile("<p class=\"alert\" role=\"alert\">([^<]*)</p>").matcher(page);
		return alert.find() ? alert.group(1) : "";
	}

	private static HttpResponse<String> step(PortalClient sara, String desk, String step, Map<String, String> fields) {
		sara.get(desk, "text/html");
		return sara.postForm(desk + "/steps/" + step, fields);
	}

	private static Map<String, String> complaint(String name, String email) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (name != null) {
			fields.put("name", name);
		}
		if (email != null) {
			fields.put("email", email);
		}
		fields.put("confidential", "true");
		fields.put("affected", "communities");
		fields.put("respondent", "alder-capital");
		fields.put("category", "land-rights");
		fields.put("whatHappened", "Our village's land was cleared in March without our consent.");
		fields.put("exhaustionTried", "no");
		fields.put("whyNotTried", "We fear reprisals.");
		fields.put("language", "en");
		return fields;
	}

	private String stage(String number) {
		return this.jdbc.sql("select stage from gavel.grievance where case_year = ? and case_sequence = ?")
			.params(Integer.parseInt(number.substring(3, 7)), sequence(number))
			.query(String.class)
			.single();
	}

	private static int sequence(String number) {
		return Integer.parseInt(number.substring(8));
	}

	/** The register's row of a case. */
	private String registerRow(String number) {
		Matcher row = Pattern
			.compile("<tr id=\"" + number + "\"><td data-label=\"Case\">" + number + "</td>.*?</tr>", Pattern.DOTALL)
			.matcher(new PortalClient(this.port).get("/grievances/register", "text/html").body());
		assertThat(row.find()).as("on the register").isTrue();
		return row.group();
	}

	private int appealsOf(String number, String condition) {
		return this.jdbc
			.sql("select count(*) from gavel.grievance_appeal a join gavel.grievance g on a.grievance_id = g.id "
					+ "where g.case_year = ? and g.case_sequence = ? " + condition)
			.params(Integer.parseInt(number.substring(3, 7)), sequence(number))
			.query(Integer.class)
			.single();
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private List<String> variablesOf(String number) {
		List<String> values = new ArrayList<>();
		this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(number)
			.list()
			.forEach((instance) -> this.history.createHistoricVariableInstanceQuery()
				.processInstanceId(instance.getId())
				.list()
				.stream()
				.map(HistoricVariableInstance::getValue)
				.map(String::valueOf)
				.forEach(values::add));
		assertThat(values).as("the case has a process").isNotEmpty();
		return values;
	}

	private static String body(MimeMessage message) {
		try {
			Object content = message.getContent();
			return (content instanceof String text) ? text : String.valueOf(content);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	record Filed(String number, String token, String page) {

	}

}
