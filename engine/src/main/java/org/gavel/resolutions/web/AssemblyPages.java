package org.gavel.resolutions.web;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.gavel.documents.PdfDocuments;
import org.gavel.forms.FormDefinition;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.FormField;
import org.gavel.forms.Submission;
import org.gavel.membership.MemberContexts;
import org.gavel.membership.Recipients;
import org.gavel.resolutions.DraftingResolution;
import org.gavel.resolutions.ReadingResolutions;
import org.gavel.resolutions.SchedulingAssembly;
import org.gavel.resolutions.model.Assembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionType;
import org.gavel.resolutions.process.ResolutionProcesses;
import org.gavel.system.Dates;
import org.gavel.voting.RuleSets;
import org.gavel.voting.model.RuleSet;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The portal's General Assembly pages: the assemblies, scheduling one and moving it until
 * voting opens (secretariat), an assembly with its timeline and resolutions, drafting a
 * resolution, publishing the booklet (secretariat) and the booklet itself as a page and
 * as PDF.
 */
@Controller
class AssemblyPages {

	private final ReadingResolutions reading;

	private final SchedulingAssembly scheduling;

	private final ResolutionProcesses processes;

	private final FormDefinitions forms;

	private final RuleSets ruleSets;

	private final PdfDocuments documents;

	private final Recipients recipients;

	private final MemberContexts contexts;

	private final Clock clock;

	AssemblyPages(ReadingResolutions reading, SchedulingAssembly scheduling, ResolutionProcesses processes,
			FormDefinitions forms, PdfDocuments documents, Recipients recipients, MemberContexts contexts, Clock clock,
			RuleSets ruleSets) {
		this.ruleSets = ruleSets;
		this.clock = clock;
		this.contexts = contexts;
		this.reading = reading;
		this.scheduling = scheduling;
		this.processes = processes;
		this.forms = forms;
		this.documents = documents;
		this.recipients = recipients;
	}

	/**
	 * The assembly form, its rule sets to choose from by title: the latest version of
	 * each configured rule set.
	 */
	private FormDefinition assemblyForm() {
		List<FormField.Option> choices = this.ruleSets.all()
			.stream()
			.collect(Collectors.toMap(RuleSet::name, (rules) -> rules,
					(one, other) -> (one.version() >= other.version()) ? one : other))
			.values()
			.stream()
			.sorted(Comparator.comparing(RuleSet::title))
			.map((rules) -> new FormField.Option(rules.name(), rules.title()))
			.toList();
		return this.forms.get("assembly")
			.withOptions("ordinaryRuleSet", choices)
			.withOptions("statutoryRuleSet", choices);
	}

	@GetMapping("/assemblies")
	String list(Model model) {
		model.addAttribute("assemblies", this.reading.assemblies());
		return "assemblies";
	}

	@GetMapping("/assemblies/new")
	String blank(Model model) {
		model.addAttribute("submission", Submission.showing(assemblyForm(), Map.of()));
		return "assembly-form";
	}

	@PostMapping("/assemblies")
	String schedule(@RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		Submission submission = assemblyForm().check(input);
		if (!submission.valid()) {
			model.addAttribute("submission", submission);
			return "assembly-form";
		}
		return this.scheduling.schedule(new SchedulingAssembly.Scheduling(submission.values(), user.getName()))
			.fold((scheduled) -> {
				redirect.addFlashAttribute("notice",
						"The General Assembly is scheduled; members can draft resolutions until its submission deadline.");
				return "redirect:/assemblies/" + scheduled;
			}, (refused) -> {
				model.addAttribute("submission", submission.withRefusal(refused).orElse(submission));
				return "assembly-form";
			});
	}

	@GetMapping("/assemblies/{id}/edit")
	String current(@PathVariable UUID id, Model model) {
		Assembly a = overview(id).assembly();
		Map<String, String> shown = new LinkedHashMap<>();
		shown.put("title", a.title());
		shown.put("place", a.online() ? "" : a.place());
		shown.put("timeZone", a.zone().getId());
		shown.put("startsAt", local(a.startsAt(), a));
		shown.put("noticeGivenOn", a.noticeGivenOn().toString());
		shown.put("submissionDeadline", local(a.submissionDeadline(), a));
		shown.put("votingOpensAt", local(a.votingOpensAt(), a));
		shown.put("votingClosesAt", local(a.votingClosesAt(), a));
		shown.put("inRoomSession", String.valueOf(a.inRoomSession()));
		shown.put("ordinaryRuleSet", a.ordinaryRuleSet());
		shown.put("statutoryRuleSet", a.statutoryRuleSet());
		return reschedulePage(a, model, Submission.showing(assemblyForm(), shown));
	}

	@PostMapping("/assemblies/{id}")
	String reschedule(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		Assembly a = overview(id).assembly();
		Submission submission = assemblyForm().check(input);
		if (!submission.valid()) {
			return reschedulePage(a, model, submission);
		}
		return this.processes.reschedule(id, submission.values(), user.getName()).fold((moved) -> {
			redirect.addFlashAttribute("notice", "The assembly's new dates are saved; members are told what moved.");
			return "redirect:/assemblies/" + id;
		}, (refused) -> reschedulePage(a, model, submission.withRefusal(refused).orElse(submission)));
	}

	private String reschedulePage(Assembly a, Model model, Submission submission) {
		model.addAttribute("assembly", a);
		model.addAttribute("submission", submission);
		return "assembly-form";
	}

	private static String local(Instant at, Assembly a) {
		return at.atZone(a.zone()).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).toString();
	}

	@GetMapping("/assemblies/{id}")
	String show(@PathVariable UUID id, Authentication user, Model model) {
		return page(id, user, model, null);
	}

	@PostMapping("/assemblies/{id}/booklet")
	String publish(@PathVariable UUID id, @RequestParam(defaultValue = "") String confirmed, Authentication user,
			Model model, RedirectAttributes redirect) {
		overview(id);
		if (!"true".equals(confirmed)) {
			return page(id, user, model,
					"Nothing was published: tick the box to confirm that the booklet goes to every member.");
		}
		return this.processes.publishBooklet(id, user.getName()).fold((done) -> {
			redirect.addFlashAttribute("notice",
					"The booklet is published: its resolutions are open for discussion and every member is told by mail.");
			return "redirect:/assemblies/" + id;
		}, (refused) -> page(id, user, model, refused.reason()));
	}

	@GetMapping(path = "/assemblies/{id}/booklet", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> booklet(@PathVariable UUID id) {
		return this.documents.page("booklet", bookletValues(id));
	}

	@GetMapping(path = "/assemblies/{id}/booklet.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> bookletPdf(@PathVariable UUID id) {
		byte[] pdf = this.documents.pdf("booklet", bookletValues(id), this.recipients.link("/"));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header("Content-Disposition", "inline; filename=\"booklet-" + id + ".pdf\"")
			.body(pdf);
	}

	@GetMapping("/assemblies/{id}/resolutions/new")
	String draftForm(@PathVariable UUID id, Model model) {
		return draftPage(id, model, Submission.showing(this.forms.get("resolution-submission"), Map.of()), null);
	}

	@PostMapping("/assemblies/{id}/resolutions")
	String draft(@PathVariable UUID id, @RequestParam Map<String, String> input, Authentication user, Model model,
			RedirectAttributes redirect) {
		Submission submission = this.forms.get("resolution-submission").check(input);
		if (!submission.valid()) {
			return draftPage(id, model, submission, null);
		}
		Map<String, Object> v = submission.values();
		String invited = (String) v.get("coSponsors");
		return this.processes
			.draft(new DraftingResolution.DraftResolution(id, user.getName(),
					new Resolution.Text((String) v.get("title"),
							ResolutionType.ofValue((String) v.get("type")).orElseThrow(), (String) v.get("rationale"),
							(String) v.get("operativeText"), (String) v.get("workingGroup")),
					(invited != null) ? Arrays.stream(invited.split(",")).map(String::strip).toList() : List.of()))
			.fold((resolution) -> {
				redirect.addFlashAttribute("notice", (invited != null && !invited.isBlank())
						? "Your draft resolution is saved, and the co-sponsors you named are invited to endorse it."
						: "Your draft resolution is saved; invite co-sponsors below before you submit it.");
				return "redirect:/resolutions/" + resolution;
			}, (refused) -> submission.withRefusal(refused)
				.map((marked) -> draftPage(id, model, marked, null))
				.orElseGet(() -> draftPage(id, model, submission, refused.reason())));
	}

	private String draftPage(UUID id, Model model, Submission submission, String error) {
		model.addAttribute("assembly", overview(id).assembly());
		model.addAttribute("submission", submission);
		model.addAttribute("error", error);
		return "resolution-form";
	}

	private String page(UUID id, Authentication user, Model model, String error) {
		ReadingResolutions.Overview overview = this.reading.readableBy(overview(id), this.contexts.of(user));
		model.addAttribute("overview", overview);
		model.addAttribute("movable", overview.assembly().movable(this.clock.instant()).isAccepted());
		model.addAttribute("error", error);
		return "assembly";
	}

	private Map<String, Object> bookletValues(UUID id) {
		ReadingResolutions.Overview overview = overview(id);
		return Map.of("dates", new Dates(), "overview", overview, "records",
				overview.published().stream().map((r) -> this.reading.resolution(r.id()).orElseThrow()).toList());
	}

	private ReadingResolutions.Overview overview(UUID id) {
		return this.reading.assembly(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no assembly " + id + "."));
	}

}
