package org.gavel;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Runs the due jobs of a process instance and of every instance it called, however deep
 * (a resolution, its EC approval, their ballots), until none is due, leaving suspended
 * ones alone as the job executor does: tests with the job executor off make time pass and
 * then run what has become due.
 */
public final class ProcessJobs {

	private final RuntimeService runtime;

	private final ManagementService management;

	public ProcessJobs(RuntimeService runtime, ManagementService management) {
		this.runtime = runtime;
		this.management = management;
	}

	/**
	 * Runs due jobs.
	 * @param key the root instance's process definition key
	 * @param businessKey its business key
	 * @return how many jobs ran
	 */
	public int run(String key, String businessKey) {
		int ran = 0;
		for (int pass = 0; pass < 50; pass++) {
			ProcessInstance root = this.runtime.createProcessInstanceQuery()
				.processDefinitionKey(key)
				.processInstanceBusinessKey(businessKey)
				.singleResult();
			if (root == null) {
				return ran;
			}
			List<Job> due = new ArrayList<>();
			for (String id : family(root.getId())) {
				due.addAll(this.management.createJobQuery().processInstanceId(id).active().executable().list());
			}
			if (due.isEmpty()) {
				return ran;
			}
			for (Job job : due) {
				// an earlier job of this pass may have removed it (a timer on a finished
				// task)
				if (this.management.createJobQuery().jobId(job.getId()).count() > 0) {
					this.management.executeJob(job.getId());
					ran++;
				}
			}
		}
		return ran;
	}

	private List<String> family(String root) {
		List<String> ids = new ArrayList<>(List.of(root));
		for (int i = 0; i < ids.size(); i++) {
			this.runtime.createProcessInstanceQuery()
				.superProcessInstanceId(ids.get(i))
				.list()
				.forEach((called) -> ids.add(called.getId()));
		}
		return ids;
	}

}
