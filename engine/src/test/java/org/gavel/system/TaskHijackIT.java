package org.gavel.system;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.gavel.GavelIntegrationTest;
import org.gavel.PortalClient;
import org.gavel.ProcessJobs;
import org.gavel.approvals.model.Item;
import org.gavel.approvals.model.ItemType;
import org.gavel.approvals.model.Review;
import org.gavel.approvals.persistence.Approvals;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member holding a task tries to act in somebody else's name, or to change what the
 * process will do, through the engine REST API and through the webapps' own API as
 * Tasklist would: every attempt is refused and nothing is recorded, while the member's
 * own review, done properly, is recorded as theirs. (The attacks first seen against the
 * EC approval process.)
 */
@GavelIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TaskHijackIT {

	@LocalServerPort
	int port;

	@Autowired
	ApprovalProcesses processes;

	@Autowired
	Approvals approvals;

	@Autowired
	TaskService tasks;

	@Autowired
	RuntimeService runtime;

	@Autowired
	RepositoryService repository;

	@Autowired
	ManagementService management;

	UUID approval;

	@BeforeEach
	void anItemInReview() {
		this.approval = this.processes
			.submit(new EcApprovalProcess.Input(
					new Item(ItemType.AWARD, "Award: Provision of certified planting materials",
							"test:" + UUID.randomUUID(), 1, "capacity-building", "wen"),
					null, null))
			.orElseThrow();
		new ProcessJobs(this.runtime, this.management).run(EcApprovalProcess.KEY, this.approval.toString());
	}

	@ParameterizedTest(name = "through {0}")
	@ValueSource(strings = { "/engine-rest", "/camunda/api/engine/engine/default" })
	void aMemberCannotActInAnotherMembersNameNorSteerTheProcess(String api) {
		Api bao = api.startsWith("/engine-rest") ? Api.engineRest(this.port, "bao") : Api.tasklist(this.port, "bao");
		String baos = review("bao").getId();
		String anas = review("ana").getId();

		assertThat(bao.send("POST", api + "/task/" + anas + "/assignee", "{\"userId\": \"bao\"}").statusCode())
			.as("taking ana's task")
			.isEqualTo(403);
		assertThat(bao.send("POST", api + "/task/" + baos + "/assignee", "{\"userId\": \"ana\"}").statusCode())
			.as("handing his own task to ana")
			.isEqualTo(403);
		assertThat(bao
			.send("POST", api + "/task/" + anas + "/complete",
					"{\"variables\": {\"response\": {\"value\": \"objection\"}, \"reason\": {\"value\": \"forged\"}}}")
			.statusCode()).as("completing ana's task").isEqualTo(403);
		assertThat(bao.send("PUT", api + "/task/" + baos + "/variables/chair", "{\"value\": \"ana\"}").statusCode())
			.as("making ana the chair")
			.isEqualTo(403);
		assertThat(bao
			.send("PUT", api + "/task/" + baos + "/variables/maxRounds", "{\"value\": 99, \"type\": \"Integer\"}")
			.statusCode()).as("more rounds").isEqualTo(403);
		assertThat(bao.send("DELETE", api + "/task/" + baos + "/variables/chair", null).statusCode()).isEqualTo(403);
		assertThat(bao
			.send("POST", api + "/task/" + baos + "/variables",
					"{\"modifications\": {\"chair\": {\"value\": \"ana\"}}}")
			.statusCode()).isEqualTo(403);
		assertThat(bao.send("PUT", api + "/process-instance/" + instance() + "/variables/chair", "{\"value\": \"ana\"}")
			.statusCode()).as("the instance's variables").isEqualTo(403);
		HttpResponse<String> smuggled = bao.send("POST", api + "/task/" + baos + "/complete",
				"{\"variables\": {\"response\": {\"value\": \"no-objection\"}, \"chair\": {\"value\": \"ana\"}}}");
		assertThat(smuggled.statusCode()).as("a completion carrying a variable its form has not")
			.isEqualTo(refused(api));
		assertThat(smuggled.body()).contains("not on the form: chair");

		assertThat(this.runtime.getVariable(instance(), EcApprovalProcess.CHAIR.name())).isEqualTo("aisha");
		assertThat(this.approvals.reviews(this.approval, 1)).isEmpty();
		assertThat(review("ana").getAssignee()).isEqualTo("ana");

		HttpResponse<String> own = bao.send("POST", api + "/task/" + baos + "/complete",
				"{\"variables\": {\"response\": {\"value\": \"no-objection\"}}}");
		assertThat(own.statusCode()).as(own.body()).isIn(200, 204);
		assertThat(this.approvals.reviews(this.approval, 1)).extracting(Review::member).containsExactly("bao");
	}

	@ParameterizedTest(name = "through {0}")
	@ValueSource(strings = { "/engine-rest", "/camunda/api/engine/engine/default" })
	void aGroupTaskIsClaimedByAMemberOfTheGroupForThemselvesAndThenCompleted(String api) {
		boolean rest = api.startsWith("/engine-rest");
		Api bao = rest ? Api.engineRest(this.port, "bao") : Api.tasklist(this.port, "bao");
		Api mia = rest ? Api.engineRest(this.port, "mia") : Api.tasklist(this.port, "mia");
		String task = groupTask();

		assertThat(mia.send("POST", api + "/task/" + task + "/claim", "{\"userId\": \"mia\"}").statusCode())
			.as("not a member of the group")
			.isEqualTo(403);
		HttpResponse<String> forBudi = bao.send("POST", api + "/task/" + task + "/claim", "{\"userId\": \"budi\"}");
		assertThat(forBudi.statusCode()).as("claiming for somebody else").isEqualTo(refused(api));
		assertThat(forBudi.body()).contains("A task is claimed only for oneself");
		HttpResponse<String> unclaimed = bao.send("POST", api + "/task/" + task + "/complete", "{}");
		assertThat(unclaimed.statusCode()).isEqualTo(refused(api));
		assertThat(unclaimed.body()).contains("Claim this task before completing it");
		assertThat(this.tasks.createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();

		assertThat(bao.send("POST", api + "/task/" + task + "/claim", "{\"userId\": \"bao\"}").statusCode())
			.isEqualTo(204);
		assertThat(bao.send("POST", api + "/task/" + task + "/complete", "{}").statusCode()).isIn(200, 204);
		assertThat(this.tasks.createTaskQuery().taskId(task).count()).isZero();
	}

	@Test
	void anAdministratorMayChangeAVariableAndItIsLogged(CapturedOutput output) {
		Api sara = Api.engineRest(this.port, "sara");

		assertThat(sara
			.send("PUT", "/engine-rest/process-instance/" + instance() + "/variables/maxRounds",
					"{\"value\": 2, \"type\": \"Integer\"}")
			.statusCode()).isEqualTo(204);

		assertThat(output).containsPattern("SYSTEM-012 administrator change user=sara operation=SetVariable");
	}

	@ParameterizedTest(name = "as {0}")
	@ValueSource(strings = { "ana", "sara" })
	void nobodyChangesAPasswordOrAPersonThroughTheEngine(String user) {
		Api caller = Api.engineRest(this.port, user);

		HttpResponse<String> password = caller.send("PUT", "/engine-rest/user/ana/credentials",
				"{\"password\": \"mine-now\", \"authenticatedUserPassword\": \"demo\"}");
		assertThat(password.statusCode()).isEqualTo(403);
		assertThat(password.body()).contains("belong to the membership directory");
		assertThat(caller.send("POST", "/engine-rest/identity/verify", "{\"username\": \"bao\", \"password\": \"x\"}")
			.statusCode()).isEqualTo(403);
		assertThat(caller.send("POST", "/engine-rest/user/create", "{\"profile\": {\"id\": \"mallory\"}}").statusCode())
			.isEqualTo(403);
		assertThat(caller.send("PUT", "/engine-rest/group/secretariat/members/ana", null).statusCode()).isEqualTo(403);
		assertThat(new PortalClient(this.port).getWithBasic("/engine-rest/task", "ana", "demo").statusCode())
			.as("her password still works")
			.isEqualTo(200);
	}

	/**
	 * How a refusal of Gavel's rules is answered: 400 by the engine REST API; the
	 * webapps' own API still answers it 500, with the same message.
	 */
	private static int refused(String api) {
		return api.startsWith("/engine-rest") ? 400 : 500;
	}

	/**
	 * A task offered to the Executive Committee's members, of a process made for the
	 * test.
	 */
	private String groupTask() {
		if (this.repository.createProcessDefinitionQuery().processDefinitionKey("TestGroupTask").count() == 0) {
			this.repository.createDeployment()
				.addModelInstance("test-group-task.bpmn",
						Bpmn.createExecutableProcess("TestGroupTask")
							.camundaHistoryTimeToLive(1)
							.startEvent()
							.userTask("Activity_Check")
							.camundaCandidateGroups("ec-member")
							.endEvent()
							.done())
				.deploy();
		}
		String instance = this.runtime.startProcessInstanceByKey("TestGroupTask").getId();
		return this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
	}

	private Task review(String member) {
		return this.tasks.createTaskQuery()
			.processInstanceBusinessKey(this.approval.toString())
			.taskDefinitionKey(EcApprovalProcess.REVIEW_ITEM)
			.taskAssignee(member)
			.singleResult();
	}

	private String instance() {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.approval.toString())
			.processDefinitionKey(EcApprovalProcess.KEY)
			.singleResult()
			.getId();
	}

	/** One way into the engine, signed in as one person. */
	private interface Api {

		HttpResponse<String> send(String method, String path, String json);

		static Api engineRest(int port, String user) {
			PortalClient client = new PortalClient(port);
			return (method, path, json) -> client.sendWithBasic(method, path, json, user, "demo");
		}

		static Api tasklist(int port, String user) {
			PortalClient client = new PortalClient(port);
			assertThat(client.signInToCamunda("tasklist", user, "demo").statusCode()).isEqualTo(200);
			return client::webapps;
		}

	}

}
