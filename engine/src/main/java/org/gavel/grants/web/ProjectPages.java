package org.gavel.grants.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.gavel.attachments.model.Attachment;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.RunningProjects;
import org.gavel.grants.model.Milestone;
import org.gavel.grants.model.ProjectStatus;
import org.gavel.grants.model.Proposal;
import org.gavel.grants.model.Reference;
import org.gavel.grants.process.GrantProcesses;
import org.gavel.grants.process.ProjectProcess;
import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;
import org.gavel.system.Outcome;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Funded projects, read by their grantee and the secretariat only: the secretariat agrees
 * the milestones (form {@code project-milestones}) and reviews each report (form
 * {@code report-review}); the grantee reports on each milestone (form
 * {@code milestone-report}) with files attached first.
 */
@Controller
class ProjectPages {

	private final ReadingCalls reading;

	private final RunningProjects projects;

	private final GrantProcesses processes;

	private final FormDefinitions forms;

	ProjectPages(ReadingCalls reading, RunningProjects projects, GrantProcesses processes, FormDefinitions forms) {
		this.reading = reading;
		this.projects = projects;
		this.processes = processes;
		this.forms = forms;
	}

	@GetMapping("/projects")
	String list(Authentication user, Model model) {
		boolean secretariat = Authorities.has(user, Role.SECRETARIAT.authority());
		model.addAttribute("projects", this.projects.started()
			.stream()
			.filter((p) -> secretariat || p.applicant().equals(user.getName()))
			.map((p) -> new ProjectRow(p, this.projects.status(p).orElseThrow().label(), this.projects.milestones(p)))
			.toList());
		return "projects";
	}

	@GetMapping("/projects/{reference}")
	String show(@PathVariable String reference, Authentication user, HttpServletRequest request, Model model) {
		return page(model, found(reference, user), user, request, null, 0, null, null);
	}

	@PostMapping("/projects/{reference}/milestones")
	String plan(@PathVariable String reference, @RequestParam Map<String, String> input, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return step(new Step(reference, "project-milestones", ProjectProcess.AGREE_MILESTONES, null,
				"The milestones are agreed; the grantee is told."), input, user, request, model, redirect);
	}

	@PostMapping("/projects/{reference}/milestones/{number}/report")
	String report(@PathVariable String reference, @PathVariable int number, @RequestParam Map<String, String> input,
			Authentication user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return step(
				new Step(reference, "milestone-report", ProjectProcess.SUBMIT_REPORT, number,
						"Your report on milestone " + number + " is sent to the secretariat."),
				input, user, request, model, redirect);
	}

	@PostMapping("/projects/{reference}/milestones/{number}/review")
	String review(@PathVariable String reference, @PathVariable int number, @RequestParam Map<String, String> input,
			Authentication user, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		return step(
				new Step(reference, "report-review", ProjectProcess.REVIEW_REPORT, number,
						"The review of milestone " + number + " is recorded; the grantee is told."),
				input, user, request, model, redirect);
	}

	@PostMapping("/projects/{reference}/milestones/{number}/files")
	String attach(@PathVariable String reference, @PathVariable int number,
			@RequestParam(name = "file", required = false) MultipartFile file, Authentication user,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		ReadingCalls.ProposalView view = found(reference, user);
		if (file == null || file.isEmpty()) {
			return page(model, view, user, request, null, number, null, "Choose a file to attach.");
		}
		byte[] content = Uploads.content(file);
		Outcome<Attachment> stored = this.projects.attach(view.proposal().reference(), number, user.getName(),
				file.getOriginalFilename(), content);
		return stored.fold((attachment) -> {
			redirect.addFlashAttribute("notice",
					"Attached " + attachment.fileName() + ". Its SHA-256: " + attachment.sha256());
			return "redirect:/projects/" + reference + "#milestone-" + number;
		}, (refused) -> page(model, view, user, request, null, number, null,
				refused.fields().getOrDefault("file", refused.reason())));
	}

	private String step(Step step, Map<String, String> input, Authentication user, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		ReadingCalls.ProposalView view = found(step.reference(), user);
		int number = (step.milestone() != null) ? step.milestone() : 0;
		Submission submission = this.forms.get(step.form()).check(input);
		if (!submission.valid()) {
			return page(model, view, user, request, submission, number, null, null);
		}
		return this.processes
			.completeProjectTask(view.proposal().reference(), step.task(), step.milestone(), user.getName(),
					submission.values())
			.fold((done) -> {
				redirect.addFlashAttribute("notice", step.notice());
				return "redirect:/projects/" + step.reference();
			}, (refused) -> page(model, view, user, request, submission.withRefusal(refused).orElse(submission), number,
					refused.fields().isEmpty() ? refused.reason() : null, null));
	}

	private String page(Model model, ReadingCalls.ProposalView view, Authentication user, HttpServletRequest request,
			Submission typed, int typedFor, String error, String fileError) {
		Proposal proposal = view.proposal();
		Reference reference = proposal.reference();
		boolean secretariat = Authorities.has(user, Role.SECRETARIAT.authority());
		boolean grantee = proposal.applicant().equals(user.getName());
		List<MilestoneRow> rows = new ArrayList<>();
		for (Milestone milestone : this.projects.milestones(proposal)) {
			int n = milestone.number();
			Submission report = (grantee
					&& this.processes.projectTask(reference, ProjectProcess.SUBMIT_REPORT, n).isPresent())
							? shown(typed,
									typed != null && typedFor == n && typed.form().id().equals("milestone-report"),
									"milestone-report")
							: null;
			Submission review = (secretariat
					&& this.processes.projectTask(reference, ProjectProcess.REVIEW_REPORT, n).isPresent())
							? shown(typed, typed != null && typedFor == n && typed.form().id().equals("report-review"),
									"report-review")
							: null;
			rows.add(new MilestoneRow(milestone, this.projects.files(proposal, n), report, review,
					(typedFor == n) ? fileError : null));
		}
		model.addAttribute("view", new CallView(view.call(), ViewerZone.shown(request)));
		model.addAttribute("proposal", proposal);
		model.addAttribute("status", this.projects.status(proposal).map(ProjectStatus::label).orElse(null));
		model.addAttribute("milestones", rows);
		model.addAttribute("plan",
				(secretariat
						&& this.processes.projectTask(reference, ProjectProcess.AGREE_MILESTONES, null).isPresent())
								? shown(typed, typed != null && typedFor == 0, "project-milestones") : null);
		model.addAttribute("grantee", grantee);
		model.addAttribute("error", error);
		return "project";
	}

	private Submission shown(Submission typed, boolean isIt, String form) {
		return isIt ? typed : Submission.showing(this.forms.get(form), Map.of());
	}

	private ReadingCalls.ProposalView found(String reference, Authentication user) {
		return Reference.parse(reference)
			.flatMap((ref) -> this.reading.proposal(ref, user.getName()))
			.filter((view) -> this.projects.status(view.proposal()).isPresent())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no project " + reference + ", or it is not yours to read."));
	}

	private record Step(String reference, String form, String task, Integer milestone, String notice) {

	}

	/**
	 * A project on the list.
	 *
	 * @param proposal the funded proposal
	 * @param status where the project stands
	 * @param milestones its milestones
	 */
	public record ProjectRow(Proposal proposal, String status, List<Milestone> milestones) {

		public long accepted() {
			return this.milestones.stream().filter((m) -> m.status() == Milestone.Status.ACCEPTED).count();
		}

		public boolean overdue() {
			return this.milestones.stream().anyMatch(Milestone::overdue);
		}

	}

	/**
	 * A milestone on the project's page, with the forms that wait for the reader.
	 *
	 * @param milestone the milestone
	 * @param files its report's files
	 * @param report the grantee's report form, or {@code null}
	 * @param review the secretariat's review form, or {@code null}
	 * @param fileError why the last file was refused, or {@code null}
	 */
	public record MilestoneRow(Milestone milestone, List<Attachment> files, Submission report, Submission review,
			String fileError) {

	}

}
