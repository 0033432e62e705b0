package org.gavel.grievances.web;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.gavel.forms.FormDefinition;
import org.gavel.forms.FormDefinitions;
import org.gavel.forms.Submission;
import org.gavel.grievances.AddingEvidence;
import org.gavel.grievances.CompletingGrievance;
import org.gavel.grievances.FilingGrievance;
import org.gavel.grievances.GrievanceSettings;
import org.gavel.grievances.LodgingAppeal;
import org.gavel.grievances.OpeningCase;
import org.gavel.grievances.ReadingGrievances;
import org.gavel.grievances.ReplacingToken;
import org.gavel.grievances.Respondents;
import org.gavel.grievances.model.Affected;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Complaint;
import org.gavel.grievances.model.Exhaustion;
import org.gavel.grievances.model.GrievanceCategory;
import org.gavel.grievances.model.GrievanceEvent;
import org.gavel.grievances.model.InformationRequest;
import org.gavel.grievances.model.Party;
import org.gavel.grievances.persistence.Grievances;
import org.gavel.grievances.process.GrievanceProcesses;
import org.gavel.system.Dates;
import org.gavel.system.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public side of grievances, for people without an account: the intake form, the
 * answer with the case number and token (shown once), and the case followed by number and
 * token. The token travels only in form bodies, never in an address; once checked, the
 * case is remembered in the visitor's session (a new session id), as a sign-in is.
 */
@Controller
class GrievancePages {

	/** The session attribute naming the case its visitor opened with the token. */
	static final String OPENED = GrievancePages.class.getName() + ".opened";

	/** The session attribute holding a just-filed case's number and token until shown. */
	static final String FILED = GrievancePages.class.getName() + ".filed";

	private final GrievanceProcesses processes;

	private final OpeningCase opening;

	private final ReadingGrievances reading;

	private final AddingEvidence adding;

	private final ReplacingToken replacing;

	private final FormDefinitions forms;

	private final Respondents respondents;

	private final GrievanceSettings settings;

	private final IntakeThrottle throttle;

	private final Clock clock;

	private final InvestigationPart investigation;

	GrievancePages(GrievanceProcesses processes, OpeningCase opening, ReadingGrievances reading, AddingEvidence adding,
			ReplacingToken replacing, FormDefinitions forms, Respondents respondents, GrievanceSettings settings,
			IntakeThrottle throttle, Clock clock, InvestigationPart investigation) {
		this.clock = clock;
		this.investigation = investigation;
		this.processes = processes;
		this.opening = opening;
		this.reading = reading;
		this.adding = adding;
		this.replacing = replacing;
		this.forms = forms;
		this.respondents = respondents;
		this.settings = settings;
		this.throttle = throttle;
	}

	@GetMapping("/grievances")
	String start() {
		return "grievances";
	}

	@GetMapping("/grievances/new")
	String intake(Model model) {
		return form(model, Submission.showing(intakeForm(), Map.of("language", "en")), UUID.randomUUID(), null);
	}

	@PostMapping("/grievances")
	String file(@RequestParam Map<String, String> input,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, HttpServletRequest request,
			Model model) {
		UUID key = submissionKey(input.get("submissionKey"));
		Submission submission = intakeForm().check(input);
		if (!input.getOrDefault("website", "").isEmpty()) {
			// the honeypot: a field people do not see, which robots fill in
			return form(model, submission, key, "This form could not be accepted.");
		}
		if (!submission.valid()) {
			return form(model, submission, key, null);
		}
		if (!this.throttle.allow(request.getRemoteAddr())) {
			return form(model, submission, key, "Too many complaints were filed from your network within the hour. "
					+ "Nothing was filed; please try again later.");
		}
		return this.processes.file(new FilingGrievance.Filing(key, complaint(submission.values()), files(evidence)))
			.fold((filed) -> {
				if (!filed.again()) {
					HttpSession session = request.getSession();
					session.setAttribute(FILED,
							new Receipt(filed.number().toString(), filed.token(),
									filed.evidence()
										.stream()
										.map((file) -> file.fileName() + " · SHA-256 " + file.sha256())
										.toList()));
					session.setAttribute(OPENED, filed.number().toString());
					// the session now opens a case: a new id, as after a sign-in
					request.changeSessionId();
				}
				return "redirect:/grievances/filed";
			}, (refused) -> refusedForm(model, submission, key, refused));
	}

	@GetMapping("/grievances/filed")
	String filed(HttpSession session, Model model) {
		Object receipt = session.getAttribute(FILED);
		if (receipt == null) {
			model.addAttribute("receipt", null);
			return "grievance-filed";
		}
		session.removeAttribute(FILED);
		model.addAttribute("receipt", receipt);
		return "grievance-filed";
	}

	@GetMapping("/grievances/follow-up")
	String followUp(Model model) {
		model.addAttribute("number", "");
		return "grievance-follow-up";
	}

	@PostMapping("/grievances/follow-up")
	String open(@RequestParam(defaultValue = "") String number, @RequestParam(defaultValue = "") String token,
			HttpServletRequest request, Model model) {
		return this.opening.open(new OpeningCase.Opening(number, token, request.getRemoteAddr())).fold((opened) -> {
			request.getSession();
			request.changeSessionId();
			request.getSession().setAttribute(OPENED, opened.toString());
			return "redirect:/grievances/case";
		}, (refused) -> {
			model.addAttribute("number", number);
			model.addAttribute("error", refused.reason());
			return "grievance-follow-up";
		});
	}

	@GetMapping("/grievances/case")
	String show(@RequestParam(required = false) Integer added, HttpSession session, Model model) {
		Optional<CaseNumber> opened = opened(session);
		if (opened.isEmpty()) {
			return "redirect:/grievances/follow-up";
		}
		ReadingGrievances.CaseFile file = this.reading.forComplainant(opened.get())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("file", file);
		model.addAttribute("filedAt", Dates.at(file.grievance().filedAt(), this.settings.timeZone()));
		model.addAttribute("acknowledgeBy", Dates.deadline(file.grievance().acknowledgeBy(), this.settings.timeZone()));
		model.addAttribute("engagementDueBy", (file.grievance().engagementDueBy() != null)
				? Dates.deadline(file.grievance().engagementDueBy(), this.settings.timeZone()) : "");
		model.addAttribute("completeBy", (file.grievance().completeBy() != null)
				? Dates.deadline(file.grievance().completeBy(), this.settings.timeZone()) : "");
		model.addAttribute("history",
				file.history()
					.stream()
					.map((event) -> new Line(Dates.at(event.at(), this.settings.timeZone()), event.event().label(),
							event.detail()))
					.toList());
		model.addAttribute("evidenceFiles", this.settings.evidenceFiles());
		model.addAttribute("added", added);
		model.addAttribute("acknowledged", acknowledged(file));
		model.addAttribute("decided", decided(file));
		AppealView.show(model,
				AppealView.of(file.grievance(), this.reading.appealFile(file.grievance()),
						this.reading.actions(file.grievance()), this.clock.instant(), this.settings.timeZone()),
				"/grievances/case/appeal", false, "");
		for (String optional : List.of("newToken", "evidenceError", "withdrawError", "tokenError", "completeError")) {
			if (!model.containsAttribute(optional)) {
				model.addAttribute(optional, null);
			}
		}
		if (!model.containsAttribute("answer")) {
			model.addAttribute("answer", "");
		}
		model.addAttribute("investigation", this.investigation.forComplainant(file.grievance()));
		if (!model.containsAttribute("attempt")) {
			model.addAttribute("attempt", Attempt.NONE);
		}
		return "grievance-case";
	}

	@PostMapping("/grievances/case/answer")
	String answer(@RequestParam Map<String, String> input,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, HttpSession session,
			Model model, RedirectAttributes redirect) {
		CaseNumber number = opened(session).orElse(null);
		if (number == null) {
			return "redirect:/grievances/follow-up";
		}
		return this.investigation
			.answer(number, InformationRequest.Party.COMPLAINANT, FilingGrievance.COMPLAINANT, input, files(evidence))
			.map((refused) -> {
				model.addAttribute("attempt", refused);
				return show(null, session, model);
			})
			.orElseGet(() -> {
				redirect.addFlashAttribute("notice", "Your answer is sent to the secretariat.");
				return "redirect:/grievances/case#questions";
			});
	}

	@PostMapping("/grievances/case/evidence")
	String addEvidence(@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence,
			HttpSession session, Model model) {
		CaseNumber number = opened(session).orElse(null);
		if (number == null) {
			return "redirect:/grievances/follow-up";
		}
		return this.adding.add(new AddingEvidence.Addition(number, files(evidence)))
			.fold((stored) -> "redirect:/grievances/case?added=" + stored.size(),
					(refused) -> showWith(session, model, "evidenceError", refused.reason()));
	}

	@PostMapping("/grievances/case/complete")
	String complete(@RequestParam(required = false) String answer,
			@RequestParam(name = "evidence", required = false) List<MultipartFile> evidence, HttpSession session,
			Model model, RedirectAttributes redirect) {
		CaseNumber number = opened(session).orElse(null);
		if (number == null) {
			return "redirect:/grievances/follow-up";
		}
		return this.processes.complete(new CompletingGrievance.Completion(number, answer, files(evidence)))
			.fold((done) -> {
				redirect.addFlashAttribute("notice",
						"What you added is sent; the secretariat checks your grievance again.");
				return "redirect:/grievances/case";
			}, (refused) -> {
				model.addAttribute("answer", (answer != null) ? answer : "");
				return showWith(session, model, "completeError", refused.message());
			});
	}

	@PostMapping("/grievances/case/withdraw")
	String withdraw(@RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirm, HttpSession session, Model model,
			RedirectAttributes redirect) {
		CaseNumber number = opened(session).orElse(null);
		if (number == null) {
			return "redirect:/grievances/follow-up";
		}
		if (!confirm) {
			return showWith(session, model, "withdrawError",
					"Tick the box to confirm that you withdraw the grievance.");
		}
		String why = (reason == null || reason.isBlank()) ? null : reason.strip();
		if (why != null && why.length() > 4000) {
			return showWith(session, model, "withdrawError", "The reason must be at most 4000 characters long.");
		}
		return this.processes.withdraw(number, why).fold((done) -> {
			redirect.addFlashAttribute("notice", "Your grievance is withdrawn; the case is closed.");
			return "redirect:/grievances/case";
		}, (refused) -> showWith(session, model, "withdrawError", refused.reason()));
	}

	@PostMapping("/grievances/case/appeal")
	String appeal(@RequestParam(required = false) String grounds, HttpSession session, Model model,
			RedirectAttributes redirect) {
		CaseNumber number = opened(session).orElse(null);
		if (number == null) {
			return "redirect:/grievances/follow-up";
		}
		return this.processes
			.appeal(new LodgingAppeal.Lodging(number, Party.COMPLAINANT, FilingGrievance.COMPLAINANT, grounds))
			.fold((done) -> {
				redirect.addFlashAttribute("notice", "Your appeal is lodged; an appeal panel will decide it.");
				return "redirect:/grievances/case#appeal";
			}, (refused) -> {
				model.addAttribute("grounds", (grounds != null) ? grounds : "");
				return showWith(session, model, "appealError", refused.reason());
			});
	}

	@PostMapping("/grievances/case/token")
	String replaceToken(HttpSession session, Model model) {
		CaseNumber number = opened(session).orElse(null);
		if (number == null) {
			return "redirect:/grievances/follow-up";
		}
		return this.replacing.replace(number).fold((token) -> {
			model.addAttribute("newToken", token);
			return show(null, session, model);
		}, (refused) -> showWith(session, model, "tokenError", refused.reason()));
	}

	@PostMapping("/grievances/case/leave")
	String leave(HttpSession session, RedirectAttributes redirect) {
		session.removeAttribute(OPENED);
		redirect.addFlashAttribute("notice",
				"You have left the case on this device; open it again with its number and token.");
		return "redirect:/grievances";
	}

	private String showWith(HttpSession session, Model model, String name, String message) {
		model.addAttribute(name, message);
		return show(null, session, model);
	}

	/**
	 * Whether the case closed with a decision of the complaints panel, which has a
	 * letter.
	 */
	static boolean decided(ReadingGrievances.CaseFile file) {
		return file.history().stream().anyMatch((event) -> event.event() == GrievanceEvent.DECIDED);
	}

	static boolean acknowledged(ReadingGrievances.CaseFile file) {
		return file.history().stream().anyMatch((event) -> event.event() == GrievanceEvent.ACKNOWLEDGED);
	}

	/**
	 * The case the visitor opened in this session (by filing it, or with its token).
	 * @param session the session
	 * @return the case number, or empty
	 */
	static Optional<CaseNumber> opened(HttpSession session) {
		Object opened = session.getAttribute(OPENED);
		return (opened instanceof String number) ? CaseNumber.parse(number) : Optional.empty();
	}

	private FormDefinition intakeForm() {
		return this.forms.get("grievance-intake").withOptions("respondent", this.respondents.choices());
	}

	private String form(Model model, Submission submission, UUID key, String error) {
		model.addAttribute("submission", submission);
		model.addAttribute("submissionKey", key);
		model.addAttribute("error", error);
		model.addAttribute("evidenceFiles", this.settings.evidenceFiles());
		model.addAttribute("evidenceMaxSize", this.settings.evidenceMaxSize().toMegabytes() + " MB");
		if (!model.containsAttribute("evidenceError")) {
			model.addAttribute("evidenceError", null);
		}
		return "grievance-form";
	}

	private String refusedForm(Model model, Submission submission, UUID key, Refusal refused) {
		if (refused.fields().containsKey("evidence")) {
			model.addAttribute("evidenceError", refused.fields().get("evidence"));
			return form(model, submission, key, "Nothing was filed: correct the evidence and attach it again.");
		}
		return submission.withRefusal(refused)
			.map((shown) -> form(model, shown, key, null))
			.orElseGet(() -> form(model, submission, key, refused.message()));
	}

	private static UUID submissionKey(String text) {
		try {
			return (text != null) ? UUID.fromString(text) : UUID.randomUUID();
		}
		catch (IllegalArgumentException ex) {
			return UUID.randomUUID();
		}
	}

	private static Complaint complaint(Map<String, Object> values) {
		boolean tried = "yes".equals(values.get("exhaustionTried"));
		String whyNot = tried ? null : (String) values.get("whyNotTried");
		return new Complaint((String) values.get("name"), (String) values.get("email"),
				Boolean.TRUE.equals(values.get("confidential")),
				Affected.of((String) values.get("affected")).orElseThrow(), (String) values.get("respondent"),
				GrievanceCategory.of((String) values.get("category")).orElseThrow(),
				(String) values.get("whatHappened"), (String) values.get("where"), (String) values.get("when"),
				Exhaustion.of(tried, whyNot), whyNot, (String) values.get("remedy"), (String) values.get("language"));
	}

	static List<FilingGrievance.Evidence> files(List<MultipartFile> uploads) {
		List<FilingGrievance.Evidence> files = new ArrayList<>();
		if (uploads != null) {
			for (MultipartFile upload : uploads) {
				file(upload).ifPresent(files::add);
			}
		}
		return files;
	}

	/**
	 * A file a form sent.
	 * @param upload the form's file field, or {@code null}
	 * @return its name and content, or empty when no file was chosen
	 */
	static Optional<FilingGrievance.Evidence> file(MultipartFile upload) {
		if (upload == null || (upload.isEmpty()
				&& (upload.getOriginalFilename() == null || upload.getOriginalFilename().isEmpty()))) {
			return Optional.empty();
		}
		try {
			return Optional.of(new FilingGrievance.Evidence(upload.getOriginalFilename(), upload.getBytes()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What the complainant is shown once after filing.
	 *
	 * @param number the case number
	 * @param token the follow-up token
	 * @param evidence each file stored, with its checksum
	 */
	public record Receipt(String number, String token, List<String> evidence) implements Serializable {

	}

	/**
	 * A step of the case's history as shown.
	 *
	 * @param at when, in the secretariat's zone
	 * @param what what happened
	 * @param detail what more was said, or {@code null}
	 */
	public record Line(String at, String what, String detail) {

		/**
		 * A case's history for its case file, each step with who took it.
		 * @param history the steps
		 * @param zone the secretariat's zone
		 * @return the lines, in order
		 */
		static List<Line> stepsOnly(List<Grievances.Event> history, ZoneId zone) {
			return history.stream()
				.map((event) -> new Line(Dates.at(event.at(), zone), event.event().label(), null))
				.toList();
		}

		static List<Line> withActors(List<Grievances.Event> history, ZoneId zone) {
			return history.stream()
				.map((event) -> new Line(Dates.at(event.at(), zone), event.event().label() + " · " + event.actor(),
						event.detail()))
				.toList();
		}

	}

}
