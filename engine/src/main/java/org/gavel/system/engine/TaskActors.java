package org.gavel.system.engine;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.gavel.system.SystemLog;

/**
 * Whoever completes a user task is the person signed in, through every way in (the
 * portal, Tasklist, the engine REST API), so that what Gavel records as their act is
 * theirs (see decision 0006):
 * <ul>
 * <li>the assignee of a task, and the members of its candidate groups, get Camunda's
 * {@code TASK_WORK} permission on it instead of {@code UPDATE}: they may claim and
 * complete it, but not hand it to someone else, change it, or set its variables outside a
 * form submission (that takes {@code TASK_ASSIGN} or {@code UPDATE_VARIABLE}, which only
 * Camunda administrators hold);</li>
 * <li>a task is claimed only for oneself ({@code POST /task/{id}/claim} with somebody
 * else's id is refused);</li>
 * <li>a task is completed only by its assignee, who is the signed-in person: a task
 * offered to a group is claimed first, as Tasklist does, and a completion with nobody
 * signed in is refused.</li>
 * </ul>
 * Authorizations written before this rule (with {@code UPDATE}) are narrowed at start-up
 * ({@code SYSTEM-011}).
 */
public class TaskActors extends AbstractProcessEnginePlugin {

	static final TaskListener CLAIM_FOR_ONESELF = TaskActors::claimedForOneself;

	static final TaskListener COMPLETED_BY_ASSIGNEE = TaskActors::completedByItsAssignee;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setDefaultUserPermissionNameForTask(Permissions.TASK_WORK.getName());
		UserTaskListeners.addToEveryUserTask(configuration, Map.of(TaskListener.EVENTNAME_ASSIGNMENT, CLAIM_FOR_ONESELF,
				TaskListener.EVENTNAME_COMPLETE, COMPLETED_BY_ASSIGNEE));
	}

	@Override
	public void postProcessEngineBuild(ProcessEngine engine) {
		narrowExistingTaskAuthorizations(engine.getAuthorizationService());
	}

	private static void claimedForOneself(DelegateTask task) {
		String signedIn = signedIn();
		if (signedIn == null || task.getAssignee() == null
				|| !(Context.getCommandInvocationContext().getCommand() instanceof ClaimTaskCmd)) {
			return;
		}
		if (!task.getAssignee().equals(signedIn)) {
			throw new InputRefusedException(null, "A task is claimed only for oneself: " + signedIn
					+ " cannot claim it for " + task.getAssignee() + ".");
		}
	}

	private static void completedByItsAssignee(DelegateTask task) {
		String signedIn = signedIn();
		if (signedIn == null) {
			throw new InputRefusedException(null, "A task is completed by a signed-in person.");
		}
		if (task.getAssignee() == null) {
			throw new InputRefusedException(null, "Claim this task before completing it.");
		}
		if (!task.getAssignee().equals(signedIn)) {
			throw new InputRefusedException(null,
					"This task is assigned to " + task.getAssignee() + "; " + signedIn + " cannot complete it.");
		}
	}

	private static String signedIn() {
		return Context.getCommandContext().getAuthenticatedUserId();
	}

	private static void narrowExistingTaskAuthorizations(AuthorizationService authorizations) {
		int narrowed = 0;
		for (Authorization grant : authorizations.createAuthorizationQuery()
			.resourceType(Resources.TASK)
			.hasPermission(Permissions.UPDATE)
			.list()) {
			if (grant.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT
					|| Authorization.ANY.equals(grant.getResourceId())) {
				continue;
			}
			grant.removePermission(Permissions.UPDATE);
			grant.addPermission(Permissions.TASK_WORK);
			authorizations.saveAuthorization(grant);
			narrowed++;
		}
		if (narrowed > 0) {
			SystemLog.TASK_AUTHORIZATIONS_NARROWED.log(narrowed);
		}
	}

}
