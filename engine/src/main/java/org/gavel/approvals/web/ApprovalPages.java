package org.gavel.approvals.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.approvals.ApprovalSettings;
import org.gavel.approvals.ItemSubjects;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.model.Approval;
import org.gavel.approvals.model.ItemReaders;
import org.gavel.approvals.model.Status;
import org.gavel.approvals.process.ApprovalProcesses;
import org.gavel.approvals.process.EcApprovalProcess;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.membership.MemberContexts;
import org.gavel.membership.model.Decision;
import org.gavel.membership.model.MemberContext;
import org.gavel.membership.model.Role;
import org.gavel.system.Authorities;
import org.gavel.system.Dates;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's Executive Committee pages: the items before the EC, an item with its
 * decision record, and the forms of its tasks (review, the chair's decision, a generic
 * revision), each checked against its definition in {@code forms/} and shown again with a
 * message per field when invalid.
 */
@Controller
class ApprovalPages {

	private final ReadingApprovals reading;

	private final ApprovalProcesses processes;

	private final FormDefinitions forms;

	private final MemberContexts contexts;

	private final Dates.In when;

	private final List<ItemSubjects> subjects;

	ApprovalPages(ReadingApprovals reading, ApprovalProcesses processes, FormDefinitions forms, MemberContexts contexts,
			ApprovalSettings settings, List<ItemSubjects> subjects) {
		this.subjects = subjects;
		this.when = new Dates.In(settings.zone());
		this.contexts = contexts;
		this.reading = reading;
		this.processes = processes;
		this.forms = forms;
	}

	@GetMapping("/approvals")
	String list(Authentication user, Model model) {
		MemberContext viewer = this.contexts.of(user);
		model.addAttribute("approvals",
				this.reading.all()
					.stream()
					.filter((approval) -> ItemReaders
						.mayRead(approval.type(), approval.status(), approval.submittedBy(), viewer)
						.isAllowed())
					.toList());
		return "approvals";
	}

	@GetMapping("/approvals/{id}")
	String show(@PathVariable UUID id, Authentication user, Model model) {
		return page(id, user, model, Map.of(), null);
	}

	@PostMapping("/approvals/{id}/review")
	String review(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		return complete(id, EcApprovalProcess.REVIEW_ITEM, "ec-review", input, user, model, redirect);
	}

	@PostMapping("/approvals/{id}/chair-decision")
	String chairDecision(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		return complete(id, EcApprovalProcess.CHAIR_DECIDES, "ec-chair-decision", input, user, model, redirect);
	}

	@PostMapping("/approvals/{id}/revision")
	String revise(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		return complete(id, EcApprovalProcess.REVISE_ITEM, "ec-revision", input, user, model, redirect);
	}

	@PostMapping("/approvals/{id}/close-round")
	String closeRound(@PathVariable UUID id, @RequestParam(defaultValue = "") String confirmed, Authentication user,
			Model model, RedirectAttributes redirect) {
		Approval approval = approval(id);
		boolean secretariat = Authorities.has(user, Role.SECRETARIAT.authority());
		if (!secretariat && !user.getName().equals(approval.chair())) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN,
					"Only the chair or the secretariat closes a round.");
		}
		if (!"true".equals(confirmed)) {
			return page(id, user, model, Map.of(),
					"The round is still open: tick the box to confirm that it closes with the responses it has.");
		}
		return this.processes.closeRound(id, user.getName()).fold((done) -> {
			redirect.addFlashAttribute("notice", "The review round is closed; its outcome is below.");
			return "redirect:/approvals/" + id;
		}, (refused) -> page(id, user, model, Map.of(), refused.reason()));
	}

	private String complete(UUID id, String task, String form, Map<String, String> input, Authentication user,
			Model model, RedirectAttributes redirect) {
		approval(id);
		Submission submission = this.forms.get(form).check(input);
		if (!submission.valid()) {
			return page(id, user, model, Map.of(form, submission), null);
		}
		return this.processes.complete(id, task, user.getName(), submission.values()).fold((done) -> {
			redirect.addFlashAttribute("notice", done(form, submission.values()));
			return "redirect:/approvals/" + id;
		}, (refused) -> submission.withRefusal(refused)
			.map((marked) -> page(id, user, model, Map.of(form, marked), null))
			.orElseGet(() -> page(id, user, model, Map.of(form, submission), refused.reason())));
	}

	/**
	 * What a completed task's page says first.
	 * @param form the task's form
	 * @param values what was sent
	 * @return e.g. "Your review is recorded: no objection."
	 */
	static String done(String form, Map<String, Object> values) {
		return switch (form) {
			case "ec-review" -> switch (String.valueOf(values.get("response"))) {
				case "objection" -> "Your objection is recorded, with its reason.";
				case "conflict" -> "Your conflict of interest is recorded; you are recused from this item.";
				default -> "Your review is recorded: no objection.";
			};
			case "ec-chair-decision" -> "reject".equals(values.get("chairDecision"))
					? "Your decision is recorded: the item is rejected, and the submitter is told."
					: "Your decision is recorded: the item goes back to its submitter for revision.";
			default -> "Your revision is submitted to the Executive Committee for a new round of review.";
		};
	}

	private String page(UUID id, Authentication user, Model model, Map<String, Submission> shown, String error) {
		ReadingApprovals.Record record = this.reading.record(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no item " + id + "."));
		readable(record.approval(), user);
		Approval approval = record.approval();
		String me = user.getName();
		model.addAttribute("record", record);
		model.addAttribute("approval", approval);
		model.addAttribute("when", this.when);
		model.addAttribute("error", error);
		model.addAttribute("review", form(id, EcApprovalProcess.REVIEW_ITEM, "ec-review", me, shown));
		model.addAttribute("chairDecision", form(id, EcApprovalProcess.CHAIR_DECIDES, "ec-chair-decision", me, shown));
		String revisedAt = this.subjects.stream()
			.map((subjects) -> subjects.revisedAt(approval.subject()))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		Submission revision = form(id, EcApprovalProcess.REVISE_ITEM, "ec-revision", me, shown);
		model.addAttribute("revision", (revisedAt == null) ? revision : null);
		model.addAttribute("revisedAt", (revisedAt != null && revision != null) ? revisedAt : null);
		model.addAttribute("subjectLink",
				this.subjects.stream()
					.map((subjects) -> subjects.link(approval.subject()))
					.flatMap(Optional::stream)
					.findFirst()
					.orElse(null));
		model.addAttribute("canClose", approval.status() == Status.IN_REVIEW
				&& (Authorities.has(user, Role.SECRETARIAT.authority()) || me.equals(approval.chair())));
		return "approval";
	}

	/** The form of a task waiting for me, as submitted or empty; null when none waits. */
	private Submission form(UUID id, String task, String form, String me, Map<String, Submission> shown) {
		if (this.processes.waitingFor(id, task, me).isEmpty()) {
			return null;
		}
		return shown.getOrDefault(form, Submission.showing(this.forms.get(form), Map.of()));
	}

	private void readable(Approval approval, Authentication user) {
		if (ItemReaders.mayRead(approval.type(), approval.status(), approval.submittedBy(),
				this.contexts.of(user)) instanceof Decision.Refused refused) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN, refused.reason());
		}
	}

	private Approval approval(UUID id) {
		return this.reading.record(id)
			.map(ReadingApprovals.Record::approval)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no item " + id + "."));
	}

}
