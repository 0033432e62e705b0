package org.gavel.resolutions.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.resolutions.DraftingResolution;
import org.gavel.resolutions.SchedulingAssembly;
import org.gavel.resolutions.model.Resolution;
import org.gavel.resolutions.model.ResolutionType;
import org.gavel.resolutions.process.GaResolutionProcess;
import org.gavel.resolutions.process.ResolutionProcesses;
import org.gavel.system.DemoLog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds a living General Assembly on an empty database when {@code gavel.demo.seed} is on
 * ({@code DEMO-003}): "General Assembly 2027" with the resolutions the platform's
 * newsletters name, in several states: one admitted for the booklet, one in admissibility
 * review, two still collecting co-sponsors. The process steps run on the job executor, so
 * the seeder walks each resolution forward in the background, waiting for each step to be
 * ready as a member would.
 */
@Component
@ConditionalOnProperty(name = "gavel.demo.seed", havingValue = "true")
class DemoAssembly {

	private final JdbcClient jdbc;

	private final SchedulingAssembly scheduling;

	private final ResolutionProcesses processes;

	private final Clock clock;

	DemoAssembly(JdbcClient jdbc, SchedulingAssembly scheduling, ResolutionProcesses processes, Clock clock) {
		this.jdbc = jdbc;
		this.scheduling = scheduling;
		this.processes = processes;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(2)
	void seed() {
		if (this.jdbc.sql("select count(*) from gavel.assembly").query(Long.class).single() > 0) {
			return;
		}
		ZoneId zone = ZoneId.of("Asia/Singapore");
		LocalDate today = this.clock.instant().atZone(zone).toLocalDate();
		UUID assembly = this.scheduling
			.schedule(new SchedulingAssembly.Scheduling(Map.of("title", "General Assembly 2027", "place", "Singapore",
					"timeZone", zone.getId(), "startsAt", today.plusDays(60) + "T09:00", "submissionDeadline",
					today.plusDays(14) + "T23:59", "votingOpensAt", today.plusDays(40) + "T00:00", "votingClosesAt",
					today.plusDays(59) + "T23:59", "inRoomSession", true), "sara"))
			.orElseThrow();
		Thread walker = new Thread(() -> walk(assembly), "demo-assembly");
		walker.setDaemon(true);
		walker.start();
	}

	private void walk(UUID assembly) {
		try {
			UUID restructure = draft(assembly, "budi", "Restructure smallholder membership",
					"Smallholders grow most of the world's natural rubber yet few are members; the current categories"
							+ " leave them without a voice of their own.",
					"The General Assembly asks the Executive Committee to propose, by the next assembly, a smallholder"
							+ " membership class with fees waived and a seat on each working group.",
					List.of("fiona", "ana"));
			UUID disclosure = draft(assembly, "nils", "Disclosure requirements for year-one reporting",
					"Members asked what their first annual report must disclose; the reporting guidance leaves it open.",
					"The General Assembly adopts the year-one disclosure list annexed to this resolution.",
					List.of("joost", "somchai"));
			draft(assembly, "kenji", "Implementation guidance",
					"The Policy Framework needs practical guidance for tyre makers and their suppliers.",
					"The General Assembly mandates the secretariat to publish implementation guidance within a year.",
					List.of("aisha", "budi"));
			draft(assembly, "megan", "Shared Responsibility framework",
					"Costs of sustainability fall on producers while buyers set the terms.",
					"The General Assembly adopts the Shared Responsibility framework as a basis for member reporting.",
					List.of("fiona"));
			for (UUID id : List.of(restructure, disclosure)) {
				for (String sponsor : (id == restructure) ? List.of("fiona", "ana") : List.of("joost", "somchai")) {
					complete(id, GaResolutionProcess.ENDORSE, sponsor, List.of(), Map.of("endorsement", "endorse"));
				}
				String proposer = (id == restructure) ? "budi" : "nils";
				complete(id, GaResolutionProcess.SUBMIT, proposer, List.of(), Map.of("confirmed", true));
			}
			complete(restructure, GaResolutionProcess.REVIEW_ADMISSIBILITY, "sara", List.of("secretariat"),
					Map.of("decision", "admit", "askEcPosition", false));
			DemoLog.ASSEMBLY_SEEDED.log(assembly);
		}
		catch (RuntimeException | InterruptedException ex) {
			DemoLog.ASSEMBLY_PART_WAY.log(ex.getMessage());
		}
	}

	private UUID draft(UUID assembly, String proposer, String title, String rationale, String text,
			List<String> coSponsors) {
		return this.processes
			.draft(new DraftingResolution.DraftResolution(assembly, proposer,
					new Resolution.Text(title, ResolutionType.ORDINARY, rationale, text, null), coSponsors))
			.orElseThrow();
	}

	/** Waits (up to 30 s) for the job executor to reach the task, then completes it. */
	private void complete(UUID id, String task, String user, List<String> groups, Map<String, Object> values)
			throws InterruptedException {
		for (int wait = 0; wait < 60; wait++) {
			if (this.processes.waitingFor(id, task, user, groups).isPresent()) {
				this.processes.complete(id, task, user, groups, values).ifRefused((refused) -> {
					throw new IllegalStateException(task + " by " + user + ": " + refused.message());
				});
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("no " + task + " for " + user + " after 30 s");
	}

}
