package org.gavel.voting;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.SentMail;
import org.gavel.TestClock;
import org.gavel.system.mail.MailDelivery;
import org.gavel.system.mail.Mailer;
import org.gavel.voting.process.BallotProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code BallotProcess} from start to end on PostgreSQL, with mail through a real SMTP
 * server (GreenMail): timers fire because the test moves the clock, never by waiting. The
 * job executor is off, so the test runs each due job itself.
 */
@GavelIntegrationTest
class BallotProcessIT {

	private static final Map<String, Object> CHECKED = Map.of("checked", true);

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	MailDelivery delivery;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	@Autowired
	IdentityService identity;

	@Autowired
	RepositoryService repository;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void emptyTheMailbox() throws Exception {
		mail().clear();
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
		this.identity.clearAuthentication();
	}

	@Test
	void aBallotFromOpeningToThePublishedResult() throws Exception {
		PortalClient sara = signedIn("sara");
		Instant closes = this.clock.instant().plus(Duration.ofDays(3));
		JsonNode opened = open(sara, "simple-majority", closes, false);
		String ballot = "/api/ballots/" + opened.path("id").asText();
		UUID id = UUID.fromString(opened.path("id").asText());
		int voters = opened.path("voters").asInt();
		signedIn("aisha").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");
		signedIn("kofi").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");
		signedIn("budi").postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}");

		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count()).isOne();
		this.clock.advance(Duration.ofHours(23));
		assertThat(runDueJobs(id)).as("nothing due a day after opening").isZero();
		this.clock.advance(Duration.ofHours(2));
		assertThat(runDueJobs(id)).as("the reminder, 48 h before the close").isEqualTo(2);

		MimeMessage[] reminders = mail().received();
		assertThat(reminders).hasSize(voters - 3);
		assertThat(mail().recipients())
			.doesNotContain("aisha@demo.gavel.invalid", "kofi@demo.gavel.invalid", "budi@demo.gavel.invalid")
			.contains("ana@demo.gavel.invalid");
		assertThat(reminders[0].getSubject())
			.isEqualTo("Reminder: vote on Disclosure requirements for year-one reporting");
		assertThat(GreenMailUtil.getBody(reminders[0])).contains("You have not voted yet", "/ballots/" + id);

		this.clock.advance(Duration.ofHours(47).minusMinutes(1));
		assertThat(runDueJobs(id)).as("a minute before the close").isZero();
		assertThat(status(sara, ballot)).isEqualTo("OPEN");
		this.clock.advance(Duration.ofMinutes(1));
		assertThat(runDueJobs(id)).as("the close").isOne();

		assertThat(status(sara, ballot)).isEqualTo("COUNTED");
		JsonNode counted = this.json.readTree(sara.get(ballot, "application/json").body());
		assertThat(counted.path("result").path("outcome").asText()).isEqualTo("ADOPTED");
		HttpResponse<String> again = sara.postJson(ballot + "/close", "{}");
		assertThat(again.statusCode()).as("closing what the timer closed is a success").isEqualTo(200);
		assertThat(again.headers().firstValue("Gavel-Already-Counted").orElseThrow()).startsWith("counted already at ")
			.endsWith("; nothing changed");
		assertThat(this.json.readTree(again.body()).path("status").asText()).isEqualTo("COUNTED");
		assertThat(this.json.readTree(again.body()).path("result").path("closedAt")).as("counted once, by the timer")
			.isEqualTo(counted.path("result").path("closedAt"));
		JsonNode asVoter = this.json.readTree(signedIn("aisha").get(ballot, "application/json").body());
		assertThat(asVoter.path("result").isNull()).as("members see the result once published").isTrue();
		assertThat(signOffTasks(id)).hasSize(2);

		PortalClient scott = signedIn("scott");
		assertThat(scott.postJson(ballot + "/sign-off", "{\"remark\": \"Checked against the export.\"}").statusCode())
			.isEqualTo(200);
		HttpResponse<String> twice = scott.postJson(ballot + "/sign-off", "{}");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(PortalClient.detail(twice)).contains("scott has signed this result off already");
		assertThat(signedIn("mia").postJson(ballot + "/sign-off", "{}").statusCode()).isEqualTo(403);
		assertThat(status(sara, ballot)).isEqualTo("COUNTED");
		assertThat(signedIn("sandra").postJson(ballot + "/sign-off", "{}").statusCode()).isEqualTo(200);

		assertThat(status(sara, ballot)).isEqualTo("PUBLISHED");
		asVoter = this.json.readTree(signedIn("aisha").get(ballot, "application/json").body());
		assertThat(asVoter.path("result").path("outcome").asText()).isEqualTo("ADOPTED");
		JsonNode chambers = asVoter.path("result").path("chambers");
		assertThat(chambers).isNotEmpty();
		assertThat(asVoter.path("signOffs").findValuesAsText("scrutineer")).containsExactly("scott", "sandra");

		mail().clear();
		assertThat(runDueJobs(id)).as("the notice").isOne();
		MimeMessage[] results = mail().received();
		assertThat(results).hasSize(voters);
		assertThat(results[0].getSubject())
			.isEqualTo("Result: Disclosure requirements for year-one reporting — adopted");
		assertThat(GreenMailUtil.getBody(results[0])).contains("scott and sandra",
				counted.path("result").path("chainHead").asText());
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count())
			.as("the process has ended")
			.isZero();
	}

	@Test
	void aDeadlineGivenInTheBallotsTimeZoneClosesAtThatInstant() throws Exception {
		ZoneId singapore = ZoneId.of("Asia/Singapore");
		ZonedDateTime deadline = LocalDate.now(this.clock.withZone(singapore))
			.plusDays(1)
			.atTime(23, 59, 59)
			.atZone(singapore);
		PortalClient sara = signedIn("sara");
		String roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
			.path("id")
			.asText();

		HttpResponse<String> response = sara.postJson("/api/ballots", """
				{"title": "Membership fees 2027", "ruleSet": "simple-majority", "rollId": "%s", "opensAt": "%s",
				 "closesAt": "%s", "timeZone": "Asia/Singapore"}""".formatted(roll,
				this.clock.instant().minusSeconds(60), deadline.toOffsetDateTime()));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode opened = this.json.readTree(response.body());
		assertThat(deadline.toOffsetDateTime().toString()).endsWith("T23:59:59+08:00");
		assertThat(Instant.parse(opened.path("closesAt").asText())).isEqualTo(deadline.toInstant());
		String processInstance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(opened.path("id").asText())
			.singleResult()
			.getId();
		Job timer = this.management.createJobQuery()
			.processInstanceId(processInstance)
			.activityId(BallotProcess.VOTING_CLOSES)
			.singleResult();
		assertThat(timer.getDuedate()).isEqualTo(Date.from(deadline.toInstant()));
		PortalClient aisha = signedIn("aisha");
		assertThat(aisha.get("/ballots/" + opened.path("id").asText(), "text/html").body())
			.contains("23:59 (Asia/Singapore)");
	}

	@Test
	void aHybridBallotWaitsForTheInRoomTalliesAndCountsThem() throws Exception {
		PortalClient sara = signedIn("sara");
		// a rule set that weighs the chambers: the room's tallies are per chamber
		JsonNode opened = open(sara, "gpsnr-ga", this.clock.instant().plus(Duration.ofHours(1)), true);
		String ballot = "/api/ballots/" + opened.path("id").asText();
		UUID id = UUID.fromString(opened.path("id").asText());
		signedIn("aisha").postJson(ballot + "/votes", "{\"choice\": \"AGAINST\"}");
		HttpResponse<String> early = sara.postJson(ballot + "/in-room-tallies", tally("civil-society", 3, 0, 0, 0));
		assertThat(early.statusCode()).as("not during the online window").isEqualTo(409);

		this.clock.advance(Duration.ofHours(1));
		assertThat(runDueJobs(id)).isOne();
		assertThat(status(sara, ballot)).as("waits for the room").isEqualTo("CLOSED");
		assertThat(this.tasks.createTaskQuery()
			.processInstanceBusinessKey(id.toString())
			.taskDefinitionKey(BallotProcess.ENTER_IN_ROOM_TALLIES)
			.count()).isOne();
		HttpResponse<String> unknown = sara.postJson(ballot + "/in-room-tallies", tally("whole-roll", 1, 0, 0, 0));
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("No member of the roll votes in whole-roll");
		HttpResponse<String> whole = sara.postJson(ballot + "/in-room-tallies", tally(null, 1, 0, 0, 0));
		assertThat(whole.statusCode()).isEqualTo(400);
		assertThat(whole.body())
			.contains("Rule set gpsnr-ga counts by chamber: enter the room's tally for each " + "voting group.");
		HttpResponse<String> tooMany = sara.postJson(ballot + "/in-room-tallies", tally("civil-society", 2, 0, 0, 1));
		assertThat(tooMany.statusCode()).isEqualTo(422);
		assertThat(PortalClient.detail(tooMany))
			.isEqualTo("civil-society: 3 in the room and 1 online or by proxy make 4, more "
					+ "than the 3 members on the roll; members who voted online cannot vote again in the room.");
		HttpResponse<String> entered = sara.postJson(ballot + "/in-room-tallies", tally("civil-society", 1, 0, 0, 1));
		assertThat(entered.statusCode()).isEqualTo(201);
		HttpResponse<String> corrected = sara.postJson(ballot + "/in-room-tallies", tally("civil-society", 2, 0, 0, 0));
		assertThat(this.json.readTree(corrected.body()).path("revision").asInt()).isEqualTo(2);
		assertThat(
				signedIn("mia").postJson(ballot + "/in-room-tallies", tally("civil-society", 2, 0, 0, 0)).statusCode())
			.isEqualTo(403);

		assertThat(sara.postJson(ballot + "/close", "{}").statusCode()).isEqualTo(200);

		JsonNode result = this.json.readTree(sara.get(ballot, "application/json").body()).path("result");
		assertThat(result.path("totals").path("ballots").path("inFavour").asInt()).isEqualTo(2);
		assertThat(result.path("totals").path("ballots").path("against").asInt()).isEqualTo(1);
		assertThat(result.path("outcome").asText()).isEqualTo("ADOPTED");
		assertThat(sara.postJson(ballot + "/in-room-tallies", tally("civil-society", 0, 2, 0, 0)).statusCode())
			.as("counted: no more tallies")
			.isEqualTo(409);
		JsonNode audit = this.json.readTree(signedIn("scott").get(ballot + "/audit", "application/json").body());
		assertThat(audit.path("inRoomTallies")).hasSize(2);
		assertThat(audit.path("inRoomTallies").get(0).path("tally").path("enteredBy").asText()).isEqualTo("sara");
	}

	@Test
	void anOnlineWindowInThePastIsRefusedAndAVoteHeldOnPaperIsEnteredAsSuch() throws Exception {
		PortalClient sara = signedIn("sara");
		String roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
			.path("id")
			.asText();
		Instant heldFrom = this.clock.instant().minus(Duration.ofDays(3));
		Instant heldTo = heldFrom.plus(Duration.ofHours(2));
		String past = """
				{"title": "Adopt the 2026 accounts", "ruleSet": "simple-majority", "rollId": "%s",
				 "opensAt": "%s", "closesAt": "%s", "timeZone": "Asia/Singapore"%s}""";
		int before = this.jdbc.sql("select count(*) from gavel.ballot").query(Integer.class).single();
		HttpResponse<String> online = sara.postJson("/api/ballots", past.formatted(roll, heldFrom, heldTo, ""));
		assertThat(online.statusCode()).isEqualTo(400);
		assertThat(online.body()).contains("\"field\":\"closesAt\"", "must be in the future",
				"declare it held on paper");
		HttpResponse<String> futurePaper = sara.postJson("/api/ballots", past.formatted(roll, heldFrom,
				this.clock.instant().plus(Duration.ofHours(1)), ", \"heldOnPaper\": true"));
		assertThat(futurePaper.statusCode()).isEqualTo(400);
		assertThat(futurePaper.body()).contains("must be in the past");
		assertThat(this.jdbc.sql("select count(*) from gavel.ballot").query(Integer.class).single())
			.as("nothing stored")
			.isEqualTo(before);

		HttpResponse<String> paper = sara.postJson("/api/ballots",
				past.formatted(roll, heldFrom, heldTo, ", \"heldOnPaper\": true"));
		assertThat(paper.statusCode()).as(paper.body()).isEqualTo(201);
		JsonNode opened = this.json.readTree(paper.body());
		assertThat(opened.path("heldOnPaper").asBoolean()).isTrue();
		assertThat(opened.path("inRoomSession").asBoolean()).isTrue();
		String ballot = "/api/ballots/" + opened.path("id").asText();
		UUID id = UUID.fromString(opened.path("id").asText());
		assertThat(signedIn("aisha").postJson(ballot + "/votes", "{\"choice\": \"FOR\"}").statusCode())
			.as("nobody votes online in a vote held on paper")
			.isEqualTo(409);
		runDueJobs(id);
		assertThat(status(sara, ballot)).as("waits for the figures").isEqualTo("CLOSED");
		assertThat(mail().recipientsOf("Reminder: vote on Adopt the 2026 accounts"))
			.as("no reminder for a vote already held")
			.isEmpty();
		assertThat(sara.postJson(ballot + "/in-room-tallies", tally(null, 2, 1, 0, 0)).statusCode()).isEqualTo(201);
		assertThat(sara.postJson(ballot + "/close", "{}").statusCode()).isEqualTo(200);

		JsonNode result = this.json.readTree(sara.get(ballot, "application/json").body()).path("result");
		assertThat(result.path("totals").path("ballots").path("inFavour").asInt()).isEqualTo(2);
		assertThat(sara.get("/ballots/" + id, "text/html").body()).contains("held on paper from",
				"its figures entered by the secretariat");
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(textBlock = """
			room-quorum,                ADOPTED
			room-quorum-without-spoilt, NO_QUORUM
			""")
	void spoiltBallotsFromTheRoomAreReportedApartAndCountTowardQuorumWhereTheRuleSaysSo(String ruleSet, String outcome)
			throws Exception {
		PortalClient sara = signedIn("sara");
		// quorum: more than half of the roll taking part in the room, with or without the
		// spoilt ballots
		JsonNode opened = open(sara, ruleSet, this.clock.instant().plus(Duration.ofHours(1)), true);
		String ballot = "/api/ballots/" + opened.path("id").asText();
		UUID id = UUID.fromString(opened.path("id").asText());
		this.clock.advance(Duration.ofHours(1));
		runDueJobs(id);
		int registered = opened.path("voters").asInt();
		HttpResponse<String> unknownField = sara.postJson(ballot + "/in-room-tallies",
				"{\"chamber\": \"civil-society\", \"inFavour\": 3, \"against\": 0, \"abstain\": 0, "
						+ "\"presentNotVoting\": 0, \"spoiled\": 2}");
		assertThat(unknownField.statusCode()).as("a misspelt field is refused, not dropped").isEqualTo(400);
		assertThat(unknownField.body()).contains("\"field\":\"spoiled\"", "is not a field of this request");

		// the rule set counts one member one vote: the room is one tally, for the whole
		// roll. Half of the roll for takes part, but not more than half; then a
		// correction
		// adds one spoilt ballot, and with it more than half of the roll took part
		assertThat(sara.postJson(ballot + "/in-room-tallies", tally("civil-society", 1, 0, 0, 0)).body())
			.contains("counts one member one vote: enter the room's tally for the whole roll");
		assertThat(sara.postJson(ballot + "/in-room-tallies", tally(null, registered / 2, 0, 0, 0)).statusCode())
			.isEqualTo(201);
		int spoilt = 1;
		HttpResponse<String> corrected = sara.postJson(ballot + "/in-room-tallies",
				"{\"inFavour\": %d, \"against\": 0, \"abstain\": 0, \"spoilt\": %d, \"presentNotVoting\": 0}"
					.formatted(registered / 2, spoilt));
		assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
		assertThat(sara.postJson(ballot + "/close", "{}").statusCode()).isEqualTo(200);

		JsonNode result = this.json.readTree(sara.get(ballot, "application/json").body()).path("result");
		assertThat(result.path("totals").path("ballots").path("spoilt").asInt()).isEqualTo(spoilt);
		assertThat(result.path("outcome").asText()).as("quorum met only with the spoilt ballots").isEqualTo(outcome);
		assertThat(sara.get("/ballots/" + id, "text/html").body()).contains("<th scope=\"col\">Spoilt</th>",
				"<td><strong>" + spoilt + "</strong></td>");
		JsonNode audit = this.json.readTree(signedIn("scott").get(ballot + "/audit", "application/json").body());
		assertThat(audit.path("result").path("totals").path("ballots").path("spoilt").asInt())
			.as("the export's count reports the spoilt ballots apart")
			.isEqualTo(spoilt);
		assertThat(audit.path("result").path("outcome").asText()).isEqualTo(outcome);
		for (JsonNode line : audit.path("inRoomTallies")) {
			int spoiltHere = line.path("tally").path("ballots").path("spoilt").asInt();
			if (spoiltHere > 0) {
				assertThat(line.path("line").asText()).endsWith("|spoilt=" + spoiltHere);
			}
			else {
				assertThat(line.path("line").asText()).as("no spoilt ballots: the line as before")
					.doesNotContain("spoilt");
			}
		}
	}

	@Test
	void tasklistSignOffsNeedTwoDifferentScrutineers() throws Exception {
		PortalClient sara = signedIn("sara");
		JsonNode opened = open(sara, "simple-majority", this.clock.instant().plus(Duration.ofHours(1)), false);
		UUID id = UUID.fromString(opened.path("id").asText());
		this.clock.advance(Duration.ofHours(1));
		runDueJobs(id);
		List<Task> signOffs = signOffTasks(id);

		this.identity.setAuthentication("mia", List.of("member"));
		assertThatThrownBy(() -> this.tasks.complete(signOffs.get(0).getId(), CHECKED))
			.as("not a candidate of the task")
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("The user with id 'mia' does not have one of the following permissions");
		this.identity.clearAuthentication();
		this.tasks.setAssignee(signOffs.get(0).getId(), "mia");
		this.identity.setAuthentication("mia", List.of("member"));
		assertThatThrownBy(() -> this.tasks.complete(signOffs.get(0).getId())).as("the form's required box unticked")
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining(
					"The form is not complete: I have checked the count and sign the result off: must be ticked");
		assertThatThrownBy(() -> this.tasks.complete(signOffs.get(0).getId(), CHECKED))
			.as("assigned by someone with the right, still no scrutineer")
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("mia is not a scrutineer and cannot sign a result off");
		this.identity.clearAuthentication();
		this.tasks.setAssignee(signOffs.get(0).getId(), null);
		this.identity.setAuthentication("scott", List.of("scrutineer"));
		assertThatThrownBy(() -> this.tasks.complete(signOffs.get(0).getId(), CHECKED))
			.as("a task offered to a group is claimed first")
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("Claim this task before completing it");
		this.tasks.claim(signOffs.get(0).getId(), "scott");
		this.tasks.complete(signOffs.get(0).getId(), CHECKED);
		this.tasks.claim(signOffs.get(1).getId(), "scott");
		assertThatThrownBy(() -> this.tasks.complete(signOffs.get(1).getId(), CHECKED))
			.isInstanceOf(ProcessEngineException.class)
			.hasMessageContaining("scott has signed this result off already");
		assertThat(this.tasks.createTaskQuery().taskId(signOffs.get(1).getId()).count()).as("still waiting").isOne();
		this.tasks.claim(signOffs.get(1).getId(), null);
		this.identity.setAuthentication("sandra", List.of("scrutineer"));
		this.tasks.claim(signOffs.get(1).getId(), "sandra");
		this.tasks.complete(signOffs.get(1).getId(), CHECKED);
		this.identity.clearAuthentication();

		assertThat(status(sara, "/api/ballots/" + id)).isEqualTo("PUBLISHED");
		assertThat(this.jdbc.sql("select scrutineer from gavel.ballot_signoff where ballot_id = ? order by 1")
			.param(id)
			.query(String.class)
			.list()).containsExactly("sandra", "scott");
	}

	@Test
	void anotherProcessCallsTheBallotAndGetsItsOutcome() throws Exception {
		String roll = this.json
			.readTree(
					signedIn("sara").postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
			.path("id")
			.asText();
		BpmnModelInstance caller = Bpmn.createExecutableProcess("TestCallsBallot")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.callActivity("Activity_Vote")
			.calledElement(BallotProcess.KEY)
			.camundaIn(BallotProcess.TITLE.name(), BallotProcess.TITLE.name())
			.camundaIn(BallotProcess.RULE_SET.name(), BallotProcess.RULE_SET.name())
			.camundaIn(BallotProcess.ROLL_ID.name(), BallotProcess.ROLL_ID.name())
			.camundaIn(BallotProcess.OPENS_AT.name(), BallotProcess.OPENS_AT.name())
			.camundaIn(BallotProcess.CLOSES_AT.name(), BallotProcess.CLOSES_AT.name())
			.camundaIn(BallotProcess.TIME_ZONE.name(), BallotProcess.TIME_ZONE.name())
			.camundaIn(BallotProcess.OPENED_BY.name(), BallotProcess.OPENED_BY.name())
			.camundaOut(BallotProcess.BALLOT_ID.name(), BallotProcess.BALLOT_ID.name())
			.camundaOut(BallotProcess.OUTCOME.name(), BallotProcess.OUTCOME.name())
			.userTask("Activity_AfterTheVote")
			.endEvent()
			.done();
		this.repository.createDeployment().addModelInstance("test-calls-ballot.bpmn", caller).deploy();
		Instant now = this.clock.instant();

		String caller1 = this.runtime.startProcessInstanceByKey("TestCallsBallot",
				Map.of(BallotProcess.TITLE.name(), "Adopt the grievance procedure", BallotProcess.RULE_SET.name(),
						"simple-majority", BallotProcess.ROLL_ID.name(), roll, BallotProcess.OPENS_AT.name(),
						now.minusSeconds(60).toString(), BallotProcess.CLOSES_AT.name(),
						now.plus(Duration.ofHours(1)).toString(), BallotProcess.TIME_ZONE.name(), "Europe/Berlin",
						BallotProcess.OPENED_BY.name(), "sara"))
			.getId();
		UUID id = UUID.fromString(this.runtime.createProcessInstanceQuery()
			.superProcessInstanceId(caller1)
			.singleResult()
			.getBusinessKey());
		signedIn("fiona").postJson("/api/ballots/" + id + "/votes", "{\"choice\": \"AGAINST\"}");
		this.clock.advance(Duration.ofHours(1));
		runDueJobs(id);
		assertThat(signedIn("scott").postJson("/api/ballots/" + id + "/sign-off", "{}").statusCode()).isEqualTo(200);
		assertThat(signedIn("sandra").postJson("/api/ballots/" + id + "/sign-off", "{}").statusCode()).isEqualTo(200);
		runDueJobs(id);

		assertThat(this.runtime.getVariable(caller1, BallotProcess.OUTCOME.name())).isEqualTo("REJECTED");
		assertThat(this.runtime.getVariable(caller1, BallotProcess.BALLOT_ID.name())).isEqualTo(id.toString());
		assertThat(this.tasks.createTaskQuery().processInstanceId(caller1).singleResult().getTaskDefinitionKey())
			.isEqualTo("Activity_AfterTheVote");
	}

	@Test
	void aMailStepRetriedAfterAFailureHalfWayMailsOnlyTheRest() throws Exception {
		String subject = UUID.randomUUID().toString();
		Mailer.Mail reminder = new Mailer.Mail(List.of("ana@demo.gavel.invalid", "bao@demo.gavel.invalid"),
				"Reminder: vote on the budget", "ballot-reminder",
				Map.of("title", "the budget", "closesAt", "tomorrow", "link", "http://localhost/ballots/x"));
		this.mailer.sendOnce("ballot-reminder", subject, reminder);

		this.mailer.sendOnce("ballot-reminder", subject,
				new Mailer.Mail(List.of("ana@demo.gavel.invalid", "bao@demo.gavel.invalid", "nils@demo.gavel.invalid"),
						reminder.subject(), reminder.template(), reminder.values()));

		assertThat(mail().recipients()).containsExactlyInAnyOrder("ana@demo.gavel.invalid", "bao@demo.gavel.invalid",
				"nils@demo.gavel.invalid");
	}

	private JsonNode open(PortalClient sara, String ruleSet, Instant closes, boolean inRoom) throws Exception {
		String roll = this.json
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"GENERAL_ASSEMBLY\"}").body())
			.path("id")
			.asText();
		HttpResponse<String> opened = sara.postJson("/api/ballots", """
				{"title": "Disclosure requirements for year-one reporting", "ruleSet": "%s", "rollId": "%s",
				 "opensAt": "%s", "closesAt": "%s", "timeZone": "Asia/Singapore", "inRoomSession": %s,
				 "reminderBefore": "PT48H"}""".formatted(ruleSet, roll, this.clock.instant().minusSeconds(60), closes,
				inRoom));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
		return this.json.readTree(opened.body());
	}

	/** A room's tally as JSON: for a chamber, or for the whole roll when it is null. */
	private static String tally(String chamber, int inFavour, int against, int abstain, int present) {
		return """
				{%s"inFavour": %d, "against": %d, "abstain": %d, "presentNotVoting": %d}""".formatted(
				(chamber != null) ? "\"chamber\": \"" + chamber + "\", " : "", inFavour, against, abstain, present);
	}

	private int runDueJobs(UUID ballot) {
		return new ProcessJobs(this.runtime, this.management).run(BallotProcess.KEY, ballot.toString());
	}

	private List<Task> signOffTasks(UUID ballot) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(ballot.toString())
			.taskDefinitionKey(BallotProcess.SIGN_OFF)
			.list();
	}

	private String status(PortalClient client, String ballot) throws Exception {
		return this.json.readTree(client.get(ballot, "application/json").body()).path("status").asText();
	}

	private SentMail mail() {
		return new SentMail(this.delivery);
	}

	private PortalClient signedIn(String username) {
		return PortalClient.signedIn(this.port, username);
	}

}
