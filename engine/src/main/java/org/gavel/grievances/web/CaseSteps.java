package org.gavel.grievances.web;

import java.util.Map;

import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.process.GrievanceProcesses;

import org.springframework.stereotype.Component;

/**
 * Completes a case's open step from its portal form, as the signed-in person: the form is
 * checked first, then the task is completed as Tasklist completes it; a refusal comes
 * back by its field, or as a message when it is not a field's.
 */
@Component
class CaseSteps {

	private final GrievanceProcesses processes;

	private final FormDefinitions forms;

	CaseSteps(GrievanceProcesses processes, FormDefinitions forms) {
		this.processes = processes;
		this.forms = forms;
	}

	/**
	 * The empty form of a step.
	 * @param key the step's id in the model
	 * @param name its name
	 * @param form its form's id
	 * @return the step to show
	 */
	Step empty(String key, String name, String form) {
		return new Step(key, name, Submission.showing(this.forms.get(form), Map.of()));
	}

	/**
	 * Submits a step's form.
	 * @param number the case
	 * @param key the step's id in the model
	 * @param form its form's id
	 * @param user who submits it
	 * @param input what was typed
	 * @return done, or the step to show again with its messages
	 */
	Result submit(CaseNumber number, String key, String form, String user, Map<String, String> input) {
		Submission submission = this.forms.get(form).check(input);
		if (!submission.valid()) {
			return Result.again(new Step(key, "Correct the fields marked", submission), null);
		}
		return this.processes.complete(number, key, user, submission.values())
			.fold((done) -> Result.DONE, (refused) -> submission.withRefusal(refused)
				.map((shown) -> Result.again(new Step(key, "Correct the fields marked", shown), null))
				.orElseGet(
						() -> Result.again(new Step(key, "Correct the fields marked", submission), refused.message())));
	}

	/**
	 * A step of a case waiting for someone, with its form.
	 *
	 * @param key the step's id in the model
	 * @param name its name
	 * @param submission its form, empty or as submitted
	 */
	public record Step(String key, String name, Submission submission) {

	}

	/**
	 * What a submission came to.
	 *
	 * @param done whether the step is complete
	 * @param step the step to show again, when not
	 * @param error a message that is no field's, or {@code null}
	 */
	record Result(boolean done, Step step, String error) {

		static final Result DONE = new Result(true, null, null);

		static Result again(Step step, String error) {
			return new Result(false, step, error);
		}

	}

}
