package org.gavel.system;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The home page's "waiting for you" list: a ballot the person may vote in until they have
 * voted, with its close, and the process tasks offered or assigned to them.
 */
@GavelIntegrationTest
class WaitingForYouIT {

	@LocalServerPort
	int port;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Test
	void aBallotWaitsUntilThePersonHasVoted() throws Exception {
		PortalClient sara = PortalClient.signedIn(this.port, "sara");
		String roll = new ObjectMapper()
			.readTree(sara.postJson("/api/electoral-rolls", "{\"electorate\": \"working-group-chairs\"}").body())
			.path("id")
			.asText();
		Instant now = Instant.now();
		HttpResponse<String> opened = sara.postJson("/api/ballots", """
				{"title": "Convenor of the chairs", "ruleSet": "simple-majority", "rollId": "%s", "opensAt": "%s",
				 "closesAt": "%s", "timeZone": "Asia/Singapore"}""".formatted(roll, now.minus(Duration.ofMinutes(1)),
				now.plus(Duration.ofDays(3))));
		String ballot = opened.headers().firstValue("Location").orElseThrow();
		PortalClient wen = PortalClient.signedIn(this.port, "wen");

		String before = HtmlUtils.htmlUnescape(wen.get("/", "text/html").body());
		wen.postJson(ballot + "/votes", "{\"choice\": \"FOR\"}");
		String after = wen.get("/", "text/html").body();

		assertThat(before).contains("Waiting for you", "Vote: Convenor of the chairs", "(Asia/Singapore)");
		assertThat(after).doesNotContain("Vote: Convenor of the chairs");
		assertThat(sara.get("/", "text/html").body()).as("not on the roll").doesNotContain("Convenor of the chairs");
		assertThat(new PortalClient(this.port).get("/", "text/html").body()).doesNotContain("Waiting for you");
	}

	@Test
	void aPersonsProcessTasksWaitWithALinkToTasklist() {
		String instance = this.runtime.startProcessInstanceByKey("SmokeProcess").getId();
		try {
			Task task = this.tasks.createTaskQuery().processInstanceId(instance).singleResult();

			String sara = HtmlUtils.htmlUnescape(PortalClient.signedIn(this.port, "sara").get("/", "text/html").body());
			String mia = PortalClient.signedIn(this.port, "mia").get("/", "text/html").body();

			assertThat(sara).as("offered to the engine's administrators, the secretariat among them")
				.contains("Confirm the installation works")
				.contains("/camunda/app/tasklist/default/#/?task=" + task.getId());
			assertThat(mia).doesNotContain(task.getId());
		}
		finally {
			this.runtime.deleteProcessInstance(instance, "test over");
		}
	}

}
