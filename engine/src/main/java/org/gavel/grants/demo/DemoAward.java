package org.gavel.grants.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.gavel.approvals.ReadingApprovals;
import org.gavel.approvals.model.Approval;
import org.gavel.forms.TaskForms;
import org.gavel.grants.AttachingToProposal;
import org.gavel.grants.AwardingGrants;
import org.gavel.grants.DraftingRfp;
import org.gavel.grants.ReadingCalls;
import org.gavel.grants.StartingProposal;
import org.gavel.grants.model.Call;
import org.gavel.grants.model.Reference;
import org.gavel.grants.model.RfpStatus;
import org.gavel.grants.process.GrantProcesses;
import org.gavel.grants.process.ProjectProcess;
import org.gavel.grants.process.ProposalProcess;
import org.gavel.system.DemoLog;

import org.springframework.stereotype.Component;

/**
 * The demo's second call, "Pilot agroforestry workshops for smallholders", taken through
 * its whole cycle the way people do it, with the job executor running every timer and
 * asynchronous step: wen drafts it with a deadline three minutes away, the EC approves
 * it, alex and amira submit; at the deadline both are screened eligible, eva and ezra
 * declare no conflict and score them, wen holds the panel meeting and recommends alex's
 * proposal, the EC approves the award; amira gets the regret letter, alex the award
 * letter, and the secretariat agrees the project's two milestones, the first report due
 * in a month.
 */
@Component
class DemoAward {

	static final ZoneId SINGAPORE = DemoCalls.SINGAPORE;

	private final GrantProcesses processes;

	private final ReadingCalls reading;

	private final ReadingApprovals approvals;

	private final AttachingToProposal attaching;

	private final TaskService tasks;

	private final TaskForms taskForms;

	private final Clock clock;

	DemoAward(GrantProcesses processes, ReadingCalls reading, ReadingApprovals approvals, AttachingToProposal attaching,
			TaskService tasks, TaskForms taskForms, Clock clock) {
		this.processes = processes;
		this.reading = reading;
		this.approvals = approvals;
		this.attaching = attaching;
		this.tasks = tasks;
		this.taskForms = taskForms;
		this.clock = clock;
	}

	/**
	 * Runs the cycle; it takes the three minutes to the deadline and a few seconds more.
	 * @throws InterruptedException when Gavel stops meanwhile
	 */
	void seed() throws InterruptedException {
		Instant now = this.clock.instant();
		Call call = this.processes.draft(new DraftingRfp.Draft("capacity-building", "wen", rfp(now))).orElseThrow();
		Call scoring = this.processes.draft(new DraftingRfp.Draft("capacity-building", "wen", diseaseRfp(now)))
			.orElseThrow();
		Reference rfp = call.reference();
		approve(DraftingRfp.SUBJECT + call.id());
		approve(DraftingRfp.SUBJECT + scoring.id());
		waitFor(() -> status(rfp, RfpStatus.PUBLISHED));
		waitFor(() -> status(scoring.reference(), RfpStatus.PUBLISHED));
		Reference alex = apply(rfp, "alex", "Agroforestry field schools in Jambi", "Borneo Agroforestry Foundation",
				"ID", "30000");
		Reference amira = apply(rfp, "amira", "Rubber and cocoa intercropping days in Soubré",
				"Soubré Cocoa and Rubber Cooperative", "CI", "25000");
		Reference leaf = apply(scoring.reference(), "alex", "Village clinics for Pestalotiopsis leaf fall in Jambi",
				"Borneo Agroforestry Foundation", "ID", "40000");
		Reference root = apply(scoring.reference(), "amira", "White root disease control with Trichoderma in Riau",
				"Riau Smallholder Union", "ID", "35000");
		waitFor(() -> status(rfp, RfpStatus.CLOSED));
		waitFor(() -> status(scoring.reference(), RfpStatus.CLOSED));
		for (Reference proposal : List.of(alex, amira, leaf, root)) {
			for (String evaluator : List.of("eva", "ezra")) {
				Task declaration = waitFor(() -> task(proposal, "Activity_DeclareConflict", evaluator));
				this.taskForms.submit(declaration, evaluator, Map.of("conflict", "none")).orElseThrow();
			}
		}
		score(alex, "eva", "5", "4", "Names 12 villages and 240 households; demonstration plots already agreed.");
		score(alex, "ezra", "4", "4", "A clear curriculum from the provincial extension service.");
		score(amira, "eva", "3", "3", "The cooperative's reach is real, but the trainers are not named.");
		score(amira, "ezra", "4", "2", "Good intercropping design; the budget has no line for follow-up visits.");
		score(leaf, "eva", "4", "3", "Clinics in 20 villages; the fungicide rotation needs a resistance plan.");
		waitFor(() -> this.processes.panelMeeting(rfp, "wen").orElse(null));
		this.processes.holdPanelMeeting(rfp, "wen", Map.of("adjustments", "")).orElseThrow();
		this.processes.recommend(rfp, "wen", Map.of("grants", alex + " | 30000", "conditions",
				"A report within 30 days of each milestone, with attendance lists; the platform's name on every workshop's material."))
			.orElseThrow();
		approve(AwardingGrants.SUBJECT + call.id());
		Task plan = waitFor(() -> this.tasks.createTaskQuery()
			.processDefinitionKey(ProjectProcess.KEY)
			.processInstanceBusinessKey(alex.toString())
			.taskDefinitionKey(ProjectProcess.AGREE_MILESTONES)
			.singleResult());
		LocalDate today = this.clock.instant().atZone(SINGAPORE).toLocalDate();
		this.taskForms
			.submit(plan, "sara",
					Map.of("milestones", today.plusDays(30) + " | 12000 | Four field schools held\n"
							+ today.plusDays(120) + " | 18000 | Demonstration plots planted; the final report"))
			.orElseThrow();
		DemoLog.AWARD_SEEDED.log(rfp, alex, scoring.reference());
	}

	private Reference apply(Reference rfp, String applicant, String title, String organisation, String country,
			String amount) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", title);
		values.put("organisation", organisation);
		values.put("organisationType", "ngo");
		values.put("country", country);
		values.put("contactName", applicant.substring(0, 1).toUpperCase() + applicant.substring(1));
		values.put("contactEmail", applicant + "@demo.gavel.invalid");
		values.put("summary", "Farmer field schools on intercropping young rubber with food and timber trees, "
				+ "with a demonstration plot in each village.");
		values.put("approach", "Reach: the villages and households named in the annex.\n"
				+ "Quality: trainers from the provincial extension service.");
		values.put("requestedAmount", amount);
		Reference proposal = this.processes.start(new StartingProposal.Start(rfp, applicant, values, SINGAPORE))
			.orElseThrow()
			.reference();
		this.attaching
			.attach(new AttachingToProposal.Upload(proposal, 0, "proposal.pdf",
					DemoCalls.PROPOSAL.getBytes(StandardCharsets.US_ASCII), applicant, SINGAPORE))
			.orElseThrow();
		this.processes.submit(proposal, applicant, SINGAPORE).orElseThrow();
		return proposal;
	}

	private void score(Reference proposal, String evaluator, String reach, String training, String comment)
			throws InterruptedException {
		Task scoring = waitFor(() -> task(proposal, ProposalProcess.SCORE, evaluator));
		this.taskForms
			.submit(scoring, evaluator, Map.of("scores", "reach-among-smallholders | " + reach + " | " + comment
					+ "\nquality-of-the-training | " + training + " | " + comment))
			.orElseThrow();
	}

	/**
	 * Every EC seat reviews the latest item about a subject with no objection.
	 * @param subject the item's subject
	 * @throws InterruptedException when Gavel stops meanwhile
	 */
	void approve(String subject) throws InterruptedException {
		String approval = waitFor(() -> {
			List<Approval> items = this.approvals.bySubject(subject);
			return items.isEmpty() ? null : items.get(items.size() - 1).id().toString();
		});
		List<Task> reviews = waitFor(() -> {
			List<Task> open = this.tasks.createTaskQuery()
				.processInstanceBusinessKey(approval)
				.taskDefinitionKey("Activity_ReviewItem")
				.list();
			return (open.size() == DemoCalls.SEATS.size()) ? open : null;
		});
		for (Task review : reviews) {
			this.taskForms.submit(review, review.getAssignee(), Map.of("response", "no-objection")).orElseThrow();
		}
	}

	private Task task(Reference proposal, String key, String assignee) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(ProposalProcess.KEY)
			.processInstanceBusinessKey(proposal.toString())
			.taskDefinitionKey(key)
			.taskAssignee(assignee)
			.singleResult();
	}

	Call status(Reference rfp, RfpStatus status) {
		return this.reading.call(rfp).fold((c) -> (c.status() == status) ? c : null, (refused) -> null);
	}

	static <T> T waitFor(Supplier<T> ready) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofMinutes(6));
		while (Instant.now().isBefore(until)) {
			T value = ready.get();
			if (value != null) {
				return value;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("the job executor did not get there within six minutes");
	}

	private static Map<String, Object> diseaseRfp(Instant now) {
		Map<String, Object> values = rfp(now);
		values.put("title", "Comprehensive disease-fighting approach in Indonesia");
		values.put("scope",
				"Leaf-fall and root diseases cut smallholders' latex yields across Sumatra and "
						+ "Kalimantan. This call funds village programmes that combine early detection, treatment and "
						+ "replanting with tolerant clones, run with the growers' own groups.");
		values.put("ceiling", "120000");
		values.put("largestGrant", "40000");
		values.put("countries", "ID");
		values.put("criteria", """
				50 | 5 | Reach among smallholders | households and villages named
				50 | 5 | Quality of the training | detection, treatment and follow-up""");
		return values;
	}

	private static Map<String, Object> rfp(Instant now) {
		LocalDateTime today = now.atZone(SINGAPORE).toLocalDateTime().truncatedTo(ChronoUnit.DAYS);
		LocalDateTime deadline = now.atZone(SINGAPORE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES).plusMinutes(3);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("title", "Pilot agroforestry workshops for smallholders");
		values.put("scope", "Farmer field schools that show smallholders how to intercrop young rubber with food and "
				+ "timber trees during the years before tapping, each with a demonstration plot.");
		values.put("currency", "USD");
		values.put("ceiling", "60000");
		values.put("largestGrant", "30000");
		values.put("countries", "ID, TH, CI");
		values.put("organisationTypes", "ngo, cooperative, producer-group");
		values.put("membersOnly", false);
		values.put("criteria", """
				50 | 5 | Reach among smallholders | households and villages named
				50 | 5 | Quality of the training | trainers, curriculum and follow-up""");
		values.put("questionsOpen", today.minusDays(30).withHour(9).toString());
		values.put("questionsClose", deadline.toString());
		values.put("deadline", deadline.toString());
		values.put("zone", "Asia/Singapore");
		values.put("attachments", "Proposal | pdf, docx | 10");
		values.put("panel", "eva, ezra");
		values.put("evaluatorsPerProposal", "2");
		values.put("matchedFunding", false);
		return values;
	}

}
