package org.gavel.system.engine;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.gavel.ScenarioEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

@Deployment(resources = { "processes/smoke.bpmn", "forms/smoke-confirmation.form" })
class SmokeProcessTest {

	@RegisterExtension
	static ProcessEngineExtension extension = ScenarioEngine.extension();

	ProcessEngine engine;

	@Test
	void waitsForAnAdministratorToConfirmWithTheDeployedForm() {
		ProcessInstance check = this.engine.getRuntimeService().startProcessInstanceByKey("SmokeProcess");

		assertThat(check).isWaitingAt("Activity_ConfirmInstallation");
		Task confirmation = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(check.getId())
			.initializeFormKeys()
			.singleResult();
		assertThat(confirmation).hasCandidateGroup("camunda-admin");
		assertThat(confirmation.getCamundaFormRef().getKey()).isEqualTo("smoke-confirmation");
	}

	@Test
	void endsOnceConfirmed() {
		ProcessInstance check = this.engine.getRuntimeService().startProcessInstanceByKey("SmokeProcess");

		complete(task(check), Map.of("works", true));

		assertThat(check).hasPassed("Activity_ConfirmInstallation").isEnded();
	}

}
