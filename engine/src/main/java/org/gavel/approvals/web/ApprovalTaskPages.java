package org.gavel.approvals.web;

import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.system.TaskPages;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** An EC item's tasks (review, the chair's decision, revision) are done on its page. */
@Configuration(proxyBeanMethods = false)
class ApprovalTaskPages {

	@Bean
	TaskPages approvalTasks() {
		return TaskPages.byBusinessKey(EcApprovalProcess.KEY, (task, approval) -> "/approvals/" + approval);
	}

}
