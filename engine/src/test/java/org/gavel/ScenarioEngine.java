package org.gavel;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;

/**
 * The in-memory process engine of process scenario tests, configured by
 * {@code scenario-engine.cfg.xml}: H2 in memory, full history, no job executor (tests
 * drive jobs and move the clock themselves).
 */
public final class ScenarioEngine {

	private ScenarioEngine() {
	}

	/**
	 * Returns the extension to register in a scenario test.
	 * @return a JUnit 5 extension that injects the {@code ProcessEngine}
	 */
	public static ProcessEngineExtension extension() {
		return ProcessEngineExtension.builder().configurationResource("scenario-engine.cfg.xml").build();
	}

	/**
	 * Moves the engine's clock to an instant and runs the jobs due then.
	 * @param instant the new now
	 * @return how many jobs ran
	 */
	public static int runDueJobsAt(Instant instant) {
		ClockUtil.setCurrentTime(Date.from(instant));
		List<Job> due = jobQuery().executable().list();
		due.forEach((job) -> execute(job));
		return due.size();
	}

	/**
	 * The key of the form a user task shows.
	 * @param engine the engine
	 * @param task the task
	 * @return its Camunda form's key
	 */
	/**
	 * A called process stubbed by one user task, which a test completes with the output
	 * the caller expects (the EC's decision, a ballot's outcome).
	 * @param key the called process's key
	 * @param task the stub task's id
	 * @param name what the stub stands for, e.g. "Stub: the EC decides"
	 * @return the stub's model
	 */
	public static BpmnModelInstance stub(String key, String task, String name) {
		return Bpmn.createExecutableProcess(key)
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask(task)
			.name(name)
			.endEvent()
			.done();
	}

	public static String formOf(ProcessEngine engine, Task task) {
		return engine.getTaskService()
			.createTaskQuery()
			.taskId(task.getId())
			.initializeFormKeys()
			.singleResult()
			.getCamundaFormRef()
			.getKey();
	}

}
