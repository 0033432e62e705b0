package org.gavel.grievances.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.gavel.grievances.ReplyingToGrievance;
import org.gavel.system.engine.InputRefusedException;

import org.springframework.stereotype.Component;

/** Completing "Reply to the grievance": the reply, and the decision's deadline. */
@Component("replyListener")
class ReplyListener implements TaskListener {

	private final ReplyingToGrievance replying;

	ReplyListener(ReplyingToGrievance replying) {
		this.replying = replying;
	}

	@Override
	public void notify(DelegateTask task) {
		GrievanceProcess.DECIDE_BY.set(task.getExecution().getProcessInstance(),
				this.replying
					.reply(new ReplyingToGrievance.Reply(GrievanceProcess.caseNumber(task), task.getAssignee(),
							GrievanceProcess.REPLY.optional(task).orElse(null)))
					.orElseThrow(InputRefusedException::new));
	}

}
