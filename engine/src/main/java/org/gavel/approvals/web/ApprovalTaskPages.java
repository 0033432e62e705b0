package org.gavel.approvals.web;

import java.util.Optional;
import java.util.function.Function;

import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.system.TaskPages;

import org.springframework.stereotype.Component;

/** An EC item's tasks (review, the chair's decision, revision) are done on its page. */
@Component
class ApprovalTaskPages implements TaskPages {

	@Override
	public String process() {
		return EcApprovalProcess.KEY;
	}

	@Override
	public Optional<String> page(String task, String businessKey, Function<String, Object> variable) {
		return Optional.ofNullable(businessKey).map((approval) -> "/approvals/" + approval);
	}

}
