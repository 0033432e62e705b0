package org.gavel.grievances.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.gavel.grievances.FilingGrievance;
import org.gavel.grievances.model.Affected;
import org.gavel.grievances.model.CaseNumber;
import org.gavel.grievances.model.Complaint;
import org.gavel.grievances.model.Exhaustion;
import org.gavel.grievances.model.GrievanceCategory;
import org.gavel.grievances.process.GrievanceProcess;
import org.gavel.grievances.process.GrievanceProcesses;
import org.gavel.system.DemoLog;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Seeds two demo grievances on an empty database when {@code gavel.demo.seed} is on
 * ({@code DEMO-005}): an anonymous labour complaint awaiting acknowledgement, and a
 * confidential complainant's land-rights complaint that the secretariat (sara) has
 * acknowledged, found complete and triaged to the complaints panel. Their tokens were
 * never shown: to follow a case by its token, file one.
 */
@Component
@ConditionalOnProperty(name = "gavel.demo.seed", havingValue = "true")
class DemoGrievances {

	private final JdbcClient jdbc;

	private final GrievanceProcesses processes;

	DemoGrievances(JdbcClient jdbc, GrievanceProcesses processes) {
		this.jdbc = jdbc;
		this.processes = processes;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(3)
	void seed() {
		if (this.jdbc.sql("select count(*) from gavel.grievance").query(Long.class).single() > 0) {
			return;
		}
		CaseNumber labour = file(new Complaint(null, null, false, Affected.WORKERS, "lanna-crumb",
				GrievanceCategory.LABOUR,
				"Tappers supplying the Lanna crumb-rubber factory are paid below the provincial minimum wage and are"
						+ " not given protective equipment when handling acid.",
				"Chiang Rai province", "Since the 2026 tapping season", Exhaustion.NOT_TRIED_WITH_REASON,
				"The factory has no grievance mechanism that workers know of.",
				"Pay the minimum wage and provide gloves.", "en"));
		CaseNumber land = file(new Complaint("Dewi Lestari", "dewi.lestari@example.org", true, Affected.COMMUNITIES,
				"sumatra-latex", GrievanceCategory.LAND_RIGHTS,
				"Land farmed by our village for three generations was cleared for a new rubber estate supplying"
						+ " Sumatra Latex Processing, without our free, prior and informed consent.",
				"Desa Sungai Baru, Riau", "March 2026", Exhaustion.TRIED, null,
				"Return of the land, or compensation agreed with the village.", "id"));
		this.processes
			.complete(land, GrievanceProcess.ACKNOWLEDGE, "sara",
					Map.of("note", "Thank you; we will reply in writing."))
			.orElseThrow();
		this.processes.complete(land, GrievanceProcess.CHECK_COMPLETENESS, "sara", Map.of("completeness", "complete"))
			.orElseThrow();
		this.processes.complete(land, GrievanceProcess.REVIEW_TRIAGE, "sara", Map.of("decision", "confirm"))
			.orElseThrow();
		DemoLog.GRIEVANCES_SEEDED.log(labour, land);
	}

	private CaseNumber file(Complaint complaint) {
		return this.processes.file(new FilingGrievance.Filing(UUID.randomUUID(), complaint, List.of()))
			.orElseThrow()
			.number();
	}

}
