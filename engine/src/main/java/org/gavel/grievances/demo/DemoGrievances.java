package org.gavel.grievances.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.gavel.grievances.DecidingEvidenceSharing;
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
 * Seeds three demo grievances on an empty database when {@code gavel.demo.seed} is on
 * ({@code DEMO-005}): an anonymous labour complaint awaiting acknowledgement, a
 * confidential complainant's land-rights complaint that the secretariat (sara) has
 * acknowledged, found complete and triaged to the complaints panel, whose panel (gita and
 * hana, with an external expert) awaits the reply of Sumatra Latex (ana), with a
 * statement the respondent is shared a redacted copy of, and a labour complaint resolved
 * by bilateral engagement, closed with its outcome on the register. Their tokens were
 * never shown: to follow a case by its token, file one.
 */
@Component
@ConditionalOnProperty(name = "gavel.demo.seed", havingValue = "true")
class DemoGrievances {

	/**
	 * The demo's piece of evidence: a statement signed by its confidential complainant.
	 */
	private static final String STATEMENT = """
			Statement of the village of Sungai Baru, Riau

			On 12 March 2026 machines of the estate began clearing the fields our families have farmed since 1961.
			No one asked the village for its consent, and no one has offered compensation.

			Signed for the village: Dewi Lestari
			""";

	private final JdbcClient jdbc;

	private final GrievanceProcesses processes;

	private final DecidingEvidenceSharing sharing;

	DemoGrievances(JdbcClient jdbc, GrievanceProcesses processes, DecidingEvidenceSharing sharing) {
		this.jdbc = jdbc;
		this.processes = processes;
		this.sharing = sharing;
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
		FilingGrievance.Filed filedLand = this.processes
			.file(new FilingGrievance.Filing(UUID.randomUUID(), new Complaint("Dewi Lestari",
					"dewi.lestari@example.org", true, Affected.COMMUNITIES, "sumatra-latex",
					GrievanceCategory.LAND_RIGHTS,
					"Land farmed by our village for three generations was cleared for a new rubber estate"
							+ " supplying Sumatra Latex Processing, without our free, prior and informed consent.",
					"Desa Sungai Baru, Riau", "March 2026", Exhaustion.TRIED, null,
					"Return of the land, or compensation agreed with the village.", "id"),
					List.of(new FilingGrievance.Evidence("village-statement.txt",
							STATEMENT.getBytes(StandardCharsets.UTF_8)))))
			.orElseThrow();
		CaseNumber land = filedLand.number();
		complete(land, GrievanceProcess.ACKNOWLEDGE, Map.of("note", "Thank you; we will reply in writing."));
		complete(land, GrievanceProcess.CHECK_COMPLETENESS, Map.of("completeness", "complete"));
		complete(land, GrievanceProcess.REVIEW_TRIAGE, Map.of("decision", "confirm"));
		complete(land, GrievanceProcess.FORM_PANEL,
				Map.of("panelMembers", "gita, hana", "externalExpert", "Dr Ines Moreau, land-rights lawyer"));
		// the statement names its author: the respondent is shared a copy without the
		// name
		this.sharing
			.decide(new DecidingEvidenceSharing.Sharing(land, filedLand.evidence().get(0).id(), "sara", "redacted",
					Optional.of(new FilingGrievance.Evidence("village-statement-redacted.txt",
							STATEMENT.replace("Dewi Lestari", "[name withheld]").getBytes(StandardCharsets.UTF_8)))))
			.orElseThrow();
		CaseNumber resolved = file(new Complaint(null, null, false, Affected.WORKERS, "kestrel-rubber",
				GrievanceCategory.LABOUR,
				"Packers at the Kestrel plant were made to work 14-hour shifts in the peak season without overtime pay.",
				"Kestrel Rubber Goods, Penang", "September to November 2026", Exhaustion.TRIED, null,
				"Overtime pay, and shifts no longer than the law allows.", "en"));
		complete(resolved, GrievanceProcess.ACKNOWLEDGE, Map.of());
		complete(resolved, GrievanceProcess.CHECK_COMPLETENESS, Map.of("completeness", "complete"));
		complete(resolved, GrievanceProcess.REVIEW_TRIAGE, Map.of("decision", "confirm"));
		complete(resolved, GrievanceProcess.MONITOR_ENGAGEMENT, Map.of("engagement", "resolved", "outcome",
				"Overtime paid for the season; shifts capped at ten hours, checked by an external auditor in 2027."));
		DemoLog.GRIEVANCES_SEEDED.log(labour, land, resolved);
	}

	private void complete(CaseNumber number, String step, Map<String, Object> values) {
		this.processes.complete(number, step, "sara", values).orElseThrow();
	}

	private CaseNumber file(Complaint complaint) {
		return this.processes.file(new FilingGrievance.Filing(UUID.randomUUID(), complaint, List.of()))
			.orElseThrow()
			.number();
	}

}
